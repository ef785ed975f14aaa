-- The Kazakhstan working-day calendar, a table the office edits (domain.md: "a table in the database").
-- A year is usable only once it is listed in calendar_year; a date outside the loaded years yields no
-- deadline (and a finding), never a guess.

CREATE TABLE calendar_year (
    year   integer PRIMARY KEY,
    source text    NOT NULL
);

CREATE TABLE calendar_day (
    day        date        PRIMARY KEY,
    is_working boolean     NOT NULL,
    kind       varchar(24) NOT NULL CHECK (kind IN ('WORKDAY', 'WEEKEND', 'HOLIDAY', 'CARRIED_DAY_OFF',
                                                   'DECREE_DAY_OFF', 'DECREE_WORKDAY')),
    note_kk    text,
    note_ru    text
);

-- next_working_day: the day itself when working, else the next working day (terms ending on a day off);
-- working_seq: working days counted up to and including the day (n working days after d = seq(d) + n).
CREATE MATERIALIZED VIEW calendar_index AS
SELECT d.day,
       (SELECT min(w.day) FROM calendar_day w WHERE w.day >= d.day AND w.is_working) AS next_working_day,
       count(*) FILTER (WHERE d.is_working) OVER (ORDER BY d.day)                    AS working_seq,
       d.is_working
FROM calendar_day d;

CREATE UNIQUE INDEX calendar_index_day ON calendar_index (day);
CREATE INDEX calendar_index_working_seq ON calendar_index (working_seq) WHERE is_working;

CREATE FUNCTION calendar_index_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW calendar_index;
    RETURN NULL;
END $$;

CREATE TRIGGER calendar_day_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_day
FOR EACH STATEMENT EXECUTE FUNCTION calendar_index_refresh();

-- Base: every day of 2024-2026, Saturdays and Sundays off.
INSERT INTO calendar_day (day, is_working, kind)
SELECT d::date, extract(isodow FROM d) < 6, CASE WHEN extract(isodow FROM d) < 6 THEN 'WORKDAY' ELSE 'WEEKEND' END
FROM generate_series(DATE '2024-01-01', DATE '2026-12-31', INTERVAL '1 day') AS d;

INSERT INTO calendar_year (year, source) VALUES
(2024, 'Labour Code art. 85 holidays; Law "On holidays in the Republic of Kazakhstan"; Government decree on transfer of days off for 2024'),
(2025, 'Labour Code art. 85 holidays; Law "On holidays in the Republic of Kazakhstan"; Government decree on transfer of days off for 2025'),
(2026, 'Labour Code art. 85 holidays; Law "On holidays in the Republic of Kazakhstan"; no decree transfers loaded yet');

CREATE TEMPORARY TABLE calendar_change (day date, is_working boolean, kind varchar(24), note_kk text, note_ru text) ON COMMIT DROP;
INSERT INTO calendar_change VALUES
-- 2024
('2024-01-01', false, 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2024-01-02', false, 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2024-01-07', false, 'HOLIDAY', 'Православиелік Рождество', 'Православное Рождество'),
('2024-03-08', false, 'HOLIDAY', 'Халықаралық әйелдер күні', 'Международный женский день'),
('2024-03-21', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2024-03-22', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2024-03-23', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2024-03-25', false, 'CARRIED_DAY_OFF', '23 наурыздан ауыстырылған демалыс', 'Выходной за 23 марта'),
('2024-05-01', false, 'HOLIDAY', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана'),
('2024-05-04', true,  'DECREE_WORKDAY', '8 мамырға ауыстырылған жұмыс күні', 'Рабочий день, перенесённый на 8 мая'),
('2024-05-07', false, 'HOLIDAY', 'Отан қорғаушы күні', 'День защитника Отечества'),
('2024-05-08', false, 'DECREE_DAY_OFF', '4 мамырдан ауыстырылған демалыс', 'Выходной, перенесённый с 4 мая'),
('2024-05-09', false, 'HOLIDAY', 'Жеңіс күні', 'День Победы'),
('2024-06-16', false, 'HOLIDAY', 'Құрбан айттың бірінші күні', 'Первый день Курбан айта'),
('2024-07-06', false, 'HOLIDAY', 'Астана күні', 'День столицы'),
('2024-07-08', false, 'CARRIED_DAY_OFF', '6 шілдеден ауыстырылған демалыс', 'Выходной за 6 июля'),
('2024-08-30', false, 'HOLIDAY', 'Конституция күні', 'День Конституции'),
('2024-10-25', false, 'HOLIDAY', 'Республика күні', 'День Республики'),
('2024-12-16', false, 'HOLIDAY', 'Тәуелсіздік күні', 'День Независимости'),
-- 2025
('2025-01-01', false, 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2025-01-02', false, 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2025-01-03', false, 'DECREE_DAY_OFF', '5 шілдеден ауыстырылған демалыс', 'Выходной, перенесённый с 5 июля'),
('2025-01-07', false, 'HOLIDAY', 'Православиелік Рождество', 'Православное Рождество'),
('2025-03-08', false, 'HOLIDAY', 'Халықаралық әйелдер күні', 'Международный женский день'),
('2025-03-10', false, 'CARRIED_DAY_OFF', '8 наурыздан ауыстырылған демалыс', 'Выходной за 8 марта'),
('2025-03-21', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2025-03-22', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2025-03-23', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2025-03-24', false, 'CARRIED_DAY_OFF', '22 наурыздан ауыстырылған демалыс', 'Выходной за 22 марта'),
('2025-03-25', false, 'CARRIED_DAY_OFF', '23 наурыздан ауыстырылған демалыс', 'Выходной за 23 марта'),
('2025-05-01', false, 'HOLIDAY', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана'),
('2025-05-07', false, 'HOLIDAY', 'Отан қорғаушы күні', 'День защитника Отечества'),
('2025-05-09', false, 'HOLIDAY', 'Жеңіс күні', 'День Победы'),
('2025-06-06', false, 'HOLIDAY', 'Құрбан айттың бірінші күні', 'Первый день Курбан айта'),
('2025-07-05', true,  'DECREE_WORKDAY', '3 қаңтарға ауыстырылған жұмыс күні', 'Рабочий день, перенесённый на 3 января'),
('2025-07-06', false, 'HOLIDAY', 'Астана күні', 'День столицы'),
('2025-07-07', false, 'CARRIED_DAY_OFF', '6 шілдеден ауыстырылған демалыс', 'Выходной за 6 июля'),
('2025-08-30', false, 'HOLIDAY', 'Конституция күні', 'День Конституции'),
('2025-09-01', false, 'CARRIED_DAY_OFF', '30 тамыздан ауыстырылған демалыс', 'Выходной за 30 августа'),
('2025-10-25', false, 'HOLIDAY', 'Республика күні', 'День Республики'),
('2025-10-27', false, 'CARRIED_DAY_OFF', '25 қазаннан ауыстырылған демалыс', 'Выходной за 25 октября'),
('2025-12-16', false, 'HOLIDAY', 'Тәуелсіздік күні', 'День Независимости'),
-- 2026
('2026-01-01', false, 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2026-01-02', false, 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2026-01-07', false, 'HOLIDAY', 'Православиелік Рождество', 'Православное Рождество'),
('2026-03-08', false, 'HOLIDAY', 'Халықаралық әйелдер күні', 'Международный женский день'),
('2026-03-09', false, 'CARRIED_DAY_OFF', '8 наурыздан ауыстырылған демалыс', 'Выходной за 8 марта'),
('2026-03-21', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2026-03-22', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2026-03-23', false, 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2026-03-24', false, 'CARRIED_DAY_OFF', '21 наурыздан ауыстырылған демалыс', 'Выходной за 21 марта'),
('2026-03-25', false, 'CARRIED_DAY_OFF', '22 наурыздан ауыстырылған демалыс', 'Выходной за 22 марта'),
('2026-05-01', false, 'HOLIDAY', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана'),
('2026-05-07', false, 'HOLIDAY', 'Отан қорғаушы күні', 'День защитника Отечества'),
('2026-05-09', false, 'HOLIDAY', 'Жеңіс күні', 'День Победы'),
('2026-05-11', false, 'CARRIED_DAY_OFF', '9 мамырдан ауыстырылған демалыс', 'Выходной за 9 мая'),
('2026-05-27', false, 'HOLIDAY', 'Құрбан айттың бірінші күні', 'Первый день Курбан айта'),
('2026-07-06', false, 'HOLIDAY', 'Астана күні', 'День столицы'),
('2026-08-30', false, 'HOLIDAY', 'Конституция күні', 'День Конституции'),
('2026-08-31', false, 'CARRIED_DAY_OFF', '30 тамыздан ауыстырылған демалыс', 'Выходной за 30 августа'),
('2026-10-25', false, 'HOLIDAY', 'Республика күні', 'День Республики'),
('2026-10-26', false, 'CARRIED_DAY_OFF', '25 қазаннан ауыстырылған демалыс', 'Выходной за 25 октября'),
('2026-12-16', false, 'HOLIDAY', 'Тәуелсіздік күні', 'День Независимости');

UPDATE calendar_day c
SET is_working = x.is_working, kind = x.kind, note_kk = x.note_kk, note_ru = x.note_ru
FROM calendar_change x
WHERE c.day = x.day;
