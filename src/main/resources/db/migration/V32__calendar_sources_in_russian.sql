-- The shipped years' sources, shown on the administration page and by `calendar list`, were written in English: they
-- now name the acts as the office cites them. A source the office wrote itself (calendar load --source) is kept.
--
-- A year's source is a note on where its days come from: changing it moves no deadline. The trigger that moved them
-- on any change goes before the sources are rewritten; R__deadline_basis.sql, run after this, makes it again
-- listening only to what does move them (the year, whether it is provisional).
DROP TRIGGER IF EXISTS calendar_year_moves_deadlines ON calendar_year;

UPDATE calendar_year SET source = 'Трудовой кодекс, ст. 85 (праздничные дни); Закон «О праздниках в Республике '
    || 'Казахстан»; постановление Правительства о переносе выходных дней на 2024 год'
WHERE year = 2024 AND source LIKE 'Labour Code art. 85 holidays;%';

UPDATE calendar_year SET source = 'Трудовой кодекс, ст. 84–85; Закон «О праздниках в Республике Казахстан»; '
    || 'постановление Правительства 2024 года о переносе выходных дней в 2025 году (пятница 3 января — выходной, '
    || 'воскресенье 5 января — рабочий)'
WHERE year = 2025 AND source LIKE 'Labour Code art. 84-85;%';

UPDATE calendar_year SET source = 'Трудовой кодекс, ст. 84–85; Закон «О праздниках в Республике Казахстан»; '
    || '30 августа с 2026 года не праздничный день (Конституция от 15 марта 2026 года, заявление Министерства труда '
    || 'от 18 марта 2026 года); переносов выходных дней постановлением нет'
WHERE year = 2026 AND source LIKE 'Labour Code art. 84-85;%';

UPDATE calendar_year SET source = 'Предварительный: только дни, установленные законом (Трудовой кодекс, ст. 84–85; '
    || 'Закон «О праздниках», ст. 5; День Конституции 15 марта с 2027 года); Курбан айт и переносы выходных дней '
    || 'постановлением ещё не опубликованы'
WHERE year = 2027 AND provisional AND source LIKE 'Provisional:%';
