-- The office loads next year's calendar itself (calendar load, a file of the days that differ from the five-day
-- week), so the deadlines of December's acts that fall in January are computed rather than refused.

-- The holidays the law makes days off every year on the same date (Labour Code art. 85; the Law "On holidays in the
-- Republic of Kazakhstan"): a loaded year must list each as a HOLIDAY. Kurban Ait, whose date moves, is not here.
-- Kept as data so that a change of the law is a row changed, not a release.
CREATE TABLE calendar_statutory_holiday (
    month    integer  NOT NULL CHECK (month BETWEEN 1 AND 12),
    day      integer  NOT NULL CHECK (day BETWEEN 1 AND 31),
    name_kk  text     NOT NULL,
    name_ru  text     NOT NULL,
    PRIMARY KEY (month, day)
);

INSERT INTO calendar_statutory_holiday (month, day, name_kk, name_ru) VALUES
(1, 1, 'Жаңа жыл', 'Новый год'),
(1, 2, 'Жаңа жыл', 'Новый год'),
(1, 7, 'Православиелік Рождество', 'Православное Рождество'),
(3, 8, 'Халықаралық әйелдер күні', 'Международный женский день'),
(3, 21, 'Наурыз мейрамы', 'Наурыз мейрамы'),
(3, 22, 'Наурыз мейрамы', 'Наурыз мейрамы'),
(3, 23, 'Наурыз мейрамы', 'Наурыз мейрамы'),
(5, 1, 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана'),
(5, 7, 'Отан қорғаушы күні', 'День защитника Отечества'),
(5, 9, 'Жеңіс күні', 'День Победы'),
(7, 6, 'Астана күні', 'День столицы'),
(8, 30, 'Конституция күні', 'День Конституции'),
(10, 25, 'Республика күні', 'День Республики'),
(12, 16, 'Тәуелсіздік күні', 'День Независимости');

-- A day's kind says whether it is worked: an edit by hand can no longer make a HOLIDAY a working day.
ALTER TABLE calendar_day ADD CONSTRAINT calendar_day_kind_says_if_worked
    CHECK (is_working = (kind IN ('WORKDAY', 'DECREE_WORKDAY')));

-- The finding of a year not loaded says who loads it and how.
UPDATE quality_rule
SET message_kk = 'Мерзімді есептеу мүмкін емес: {actual} жылдың өндірістік күнтізбесі жүктелмеген '
                 || '(оны calendar load командасымен жүктейді)',
    message_ru = 'Срок не вычислить: производственный календарь на {actual} год не загружен '
                 || '(его загружают командой calendar load)'
WHERE id = 'ACT_CALENDAR_NOT_LOADED';
