-- Acts received from mid-December have deadlines in a year whose official calendar is not published yet. The days
-- the law itself fixes for that year are known, so the year ships as a provisional calendar: its deadlines are
-- computed and marked provisional (a WARNING finding, a mark in the register and on the act's page), and loading the
-- official year (calendar load) ends the marks and re-derives them. A date beyond the provisional year stays an
-- error, not a guess.

ALTER TABLE calendar_year ADD COLUMN provisional boolean NOT NULL DEFAULT false;

-- Whether a deadline is provisional follows calendar_year too: a change of it makes the current state stale (V14).
CREATE TRIGGER calendar_year_changes_current_state AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_year
    FOR EACH STATEMENT EXECUTE FUNCTION current_state_source_changed();

-- 2027 as the law fixes it: the holidays, and a holiday on a Saturday or Sunday carried to the next working day
-- (Law "On holidays", art. 5; two in a row to the next two). Kurban Ait and the ministry's transfers are not
-- announced yet.
INSERT INTO calendar_year (year, source, provisional)
SELECT 2027, 'Provisional: the days fixed by law (Labour Code art. 84-85; Law "On holidays" art. 5; '
             || 'Constitution Day 15 March from 2027); Kurban Ait and transfers by order not yet published', true
WHERE NOT EXISTS (SELECT 1 FROM calendar_year WHERE year = 2027)
  AND EXISTS (SELECT 1 FROM calendar_year WHERE year = 2026);

CREATE TEMPORARY TABLE calendar_provisional (day date, kind varchar(24), note_kk text, note_ru text) ON COMMIT DROP;
INSERT INTO calendar_provisional VALUES
('2027-01-01', 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2027-01-02', 'HOLIDAY', 'Жаңа жыл', 'Новый год'),
('2027-01-04', 'CARRIED_DAY_OFF', '2 қаңтардан ауыстырылған демалыс', 'Выходной за 2 января'),
('2027-01-07', 'HOLIDAY', 'Православиелік Рождество', 'Православное Рождество'),
('2027-03-08', 'HOLIDAY', 'Халықаралық әйелдер күні', 'Международный женский день'),
('2027-03-15', 'HOLIDAY', 'Конституция күні', 'День Конституции'),
('2027-03-21', 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2027-03-22', 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2027-03-23', 'HOLIDAY', 'Наурыз мейрамы', 'Наурыз мейрамы'),
('2027-03-24', 'CARRIED_DAY_OFF', '21 наурыздан ауыстырылған демалыс', 'Выходной за 21 марта'),
('2027-05-01', 'HOLIDAY', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана'),
('2027-05-03', 'CARRIED_DAY_OFF', '1 мамырдан ауыстырылған демалыс', 'Выходной за 1 мая'),
('2027-05-07', 'HOLIDAY', 'Отан қорғаушы күні', 'День защитника Отечества'),
('2027-05-09', 'HOLIDAY', 'Жеңіс күні', 'День Победы'),
('2027-05-10', 'CARRIED_DAY_OFF', '9 мамырдан ауыстырылған демалыс', 'Выходной за 9 мая'),
('2027-07-06', 'HOLIDAY', 'Астана күні', 'День столицы'),
('2027-10-25', 'HOLIDAY', 'Республика күні', 'День Республики'),
('2027-12-16', 'HOLIDAY', 'Тәуелсіздік күні', 'День Независимости');

INSERT INTO calendar_day (day, is_working, kind, note_kk, note_ru)
SELECT d.day,
       p.kind IS NULL AND extract(isodow FROM d.day) < 6,
       coalesce(p.kind, CASE WHEN extract(isodow FROM d.day) < 6 THEN 'WORKDAY' ELSE 'WEEKEND' END),
       p.note_kk, p.note_ru
FROM (SELECT CAST(g AS date) AS day
      FROM generate_series(DATE '2027-01-01', DATE '2027-12-31', INTERVAL '1 day') AS g) d
LEFT JOIN calendar_provisional p ON p.day = d.day
WHERE EXISTS (SELECT 1 FROM calendar_year WHERE year = 2027 AND provisional)
ON CONFLICT (day) DO NOTHING;

-- The finding of a deadline counted on a provisional year.
INSERT INTO quality_rule (id, severity, sort_order, name_kk, name_ru, message_kk, message_ru) VALUES
('ACT_CALENDAR_PROVISIONAL', 'WARNING', 125,
 'Күнтізбе алдын ала', 'Календарь предварительный',
 'Мерзім ({expected}) {actual} жылдың алдын ала күнтізбесі бойынша есептелді: ресми күнтізбе жүктелгенде өзгеруі мүмкін',
 'Срок ({expected}) исчислен по предварительному календарю {actual} года: он может измениться, когда будет '
     || 'загружен официальный календарь');
