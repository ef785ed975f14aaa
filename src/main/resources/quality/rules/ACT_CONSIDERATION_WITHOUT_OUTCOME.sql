-- A date of consideration with no outcome: considered acts have one.
-- over act
-- when
a.considered_on IS NOT NULL AND a.outcome IS NULL
-- then
SELECT 'outcome', NULL, NULL, a.considered_on::text, a.considered_on::text
