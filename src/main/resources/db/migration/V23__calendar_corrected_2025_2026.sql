-- Corrects the official calendars shipped in V4 on the days that move deadlines, and makes the statutory holidays
-- a list with the years each is in force. Only days still as V4 shipped them are changed: a year the office has
-- loaded itself (calendar load) is its own.
--
-- 2025: the Government's decree moved the working Friday 3 January to Sunday 5 January (5 January 2025 worked);
--       V4 had Saturday 5 July worked instead, which was an ordinary day off.
-- 2026: 30 August is no longer a public holiday from 2026 (the Constitution adopted by referendum on
--       15 March 2026; the Ministry of Labour's statement of 18 March 2026): Sunday 30 August is an ordinary day off
--       and Monday 31 August a working day. Constitution Day becomes 15 March from 2027.

UPDATE calendar_day SET is_working = true, kind = 'DECREE_WORKDAY',
       note_kk = '3 қаңтарға ауыстырылған жұмыс күні', note_ru = 'Рабочий день, перенесённый на 3 января'
WHERE day = DATE '2025-01-05' AND kind = 'WEEKEND';

UPDATE calendar_day SET note_kk = '5 қаңтардан ауыстырылған демалыс', note_ru = 'Выходной, перенесённый с 5 января'
WHERE day = DATE '2025-01-03' AND kind = 'DECREE_DAY_OFF' AND note_ru = 'Выходной, перенесённый с 5 июля';

UPDATE calendar_day SET is_working = false, kind = 'WEEKEND', note_kk = NULL, note_ru = NULL
WHERE day = DATE '2025-07-05' AND kind = 'DECREE_WORKDAY';

UPDATE calendar_day SET is_working = false, kind = 'WEEKEND', note_kk = NULL, note_ru = NULL
WHERE day = DATE '2026-08-30' AND kind = 'HOLIDAY';

UPDATE calendar_day SET is_working = true, kind = 'WORKDAY', note_kk = NULL, note_ru = NULL
WHERE day = DATE '2026-08-31' AND kind = 'CARRIED_DAY_OFF';

UPDATE calendar_year SET source = 'Labour Code art. 84-85; Law "On holidays in the Republic of Kazakhstan"; '
                                  || 'Government decree of 2024 on the transfer of days off in 2025 '
                                  || '(Friday 3 January off, Sunday 5 January worked)'
WHERE year = 2025 AND source LIKE 'Labour Code art. 85 holidays;%';

UPDATE calendar_year SET source = 'Labour Code art. 84-85; Law "On holidays in the Republic of Kazakhstan"; '
                                  || '30 August no longer a holiday from 2026 (Constitution of 15 March 2026, '
                                  || 'Ministry of Labour statement of 18 March 2026); no transfers by order'
WHERE year = 2026 AND source LIKE 'Labour Code art. 85 holidays;%';

-- The statutory holidays, each with the years it is in force: a calendar loaded for a year is checked against the
-- holidays of that year.
ALTER TABLE calendar_statutory_holiday DROP CONSTRAINT calendar_statutory_holiday_pkey;
ALTER TABLE calendar_statutory_holiday
    ADD COLUMN first_year integer NOT NULL DEFAULT 2000,
    ADD COLUMN last_year  integer,
    ADD CONSTRAINT calendar_statutory_holiday_years CHECK (last_year IS NULL OR last_year >= first_year),
    ADD PRIMARY KEY (month, day, first_year);

UPDATE calendar_statutory_holiday SET last_year = 2025 WHERE (month, day) = (8, 30);
INSERT INTO calendar_statutory_holiday (month, day, name_kk, name_ru, first_year)
VALUES (3, 15, 'Конституция күні', 'День Конституции', 2027);
