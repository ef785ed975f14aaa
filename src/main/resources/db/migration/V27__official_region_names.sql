-- The three regions formed in 2022 are named in Russian as their decrees name them: «область Абай», «область Жетісу»,
-- «область Ұлытау» (V1 shipped «Абайская область» and capitalised the other two). Only the names as shipped are
-- corrected: a name the office has since loaded in a units' list of its own stays as it loaded it.
UPDATE unit SET name_ru = 'область Абай' WHERE code = '10' AND name_ru = 'Абайская область';
UPDATE unit SET name_ru = 'область Жетісу' WHERE code = '33' AND name_ru = 'Область Жетісу';
UPDATE unit SET name_ru = 'область Ұлытау' WHERE code = '62' AND name_ru = 'Область Ұлытау';

UPDATE unit_listed SET name_ru = 'область Абай' WHERE code = '10' AND name_ru = 'Абайская область';
UPDATE unit_listed SET name_ru = 'область Жетісу' WHERE code = '33' AND name_ru = 'Область Жетісу';
UPDATE unit_listed SET name_ru = 'область Ұлытау' WHERE code = '62' AND name_ru = 'Область Ұлытау';
