-- The rule catalogue (data, not code: an office may switch a rule off or change its severity without a
-- release) and the findings of every verification run, kept as a history.

CREATE TABLE quality_rule (
    id          varchar(64) PRIMARY KEY,
    severity    varchar(8)  NOT NULL CHECK (severity IN ('ERROR', 'WARNING', 'INFO')),
    enabled     boolean     NOT NULL DEFAULT true,
    -- what a rule lets pass: days of grace, an absolute difference or a percent, as the rule's SQL says
    tolerance   numeric     NOT NULL DEFAULT 0 CHECK (tolerance >= 0),
    -- the months the rule applies to (by their first day)
    valid_from  date        NOT NULL DEFAULT DATE '2000-01-01',
    valid_to    date,
    sort_order  integer     NOT NULL,
    -- the rule's short name, for summaries
    name_kk     text,
    name_ru     text,
    -- the finding's message; {value}, {expected} and {actual} are replaced by the finding's own
    message_kk  text        NOT NULL,
    message_ru  text        NOT NULL
);

INSERT INTO quality_rule (id, severity, sort_order, message_kk, message_ru) VALUES
('FILE_NAME_INVALID', 'ERROR', 10,
 'Файл атауы <түрі>_<бөлімше>_<ЖЖЖЖ-АА>.csv|xlsx үлгісіне сәйкес емес, файл қабылданбады: {value}',
 'Имя файла не соответствует шаблону <вид>_<подразделение>_<ГГГГ-ММ>.csv|xlsx, файл не принят: {value}'),
('FILE_REJECTED', 'ERROR', 20, 'Файл толығымен қабылданбады: {actual}', 'Файл отклонён целиком: {actual}'),
('ROW_REJECTED', 'ERROR', 30, 'Жол қабылданбады: {actual}', 'Строка отклонена: {actual}'),
('FILE_WARNING', 'WARNING', 40, 'Файл бойынша ескерту: {actual}', 'Предупреждение по файлу: {actual}'),
('SUBMISSION_MISSING', 'ERROR', 50,
 '«{actual}» берілмеді', 'Не представлен документ: «{actual}»'),
('SUBMISSION_LATE', 'WARNING', 60,
 '«{actual}» мерзімінен кеш берілді: мерзімі {expected}, берілген күні {value}',
 'Документ «{actual}» представлен с опозданием: срок {expected}, представлен {value}'),
('ACT_DATE_ORDER', 'ERROR', 70,
 'Күндер реті бұзылған: {value} ({actual})', 'Нарушен порядок дат: {value} ({actual})'),
('ACT_DATE_AFTER_PERIOD', 'ERROR', 80,
 'Күн есептік айдан кейін: {value} = {actual}, айдың соңы {expected}',
 'Дата позже отчётного месяца: {value} = {actual}, конец месяца {expected}'),
('ACT_OUTCOME_WITHOUT_CONSIDERATION', 'ERROR', 90,
 'Нәтиже көрсетілген, бірақ қарау күні жоқ: {actual}', 'Указан результат, но нет даты рассмотрения: {actual}'),
('ACT_CONSIDERATION_WITHOUT_OUTCOME', 'ERROR', 100,
 'Қарау күні көрсетілген, бірақ нәтижесі жоқ: {actual}', 'Указана дата рассмотрения, но нет результата: {actual}'),
('ACT_TERM_OUT_OF_BOUNDS', 'WARNING', 110,
 'Прокурор белгілеген мерзім ({actual} күн) заңда белгіленген шектен тыс, қолданылғаны: {expected} күн',
 'Срок, установленный прокурором ({actual} дн.), вне пределов закона, применён: {expected} дн.'),
('ACT_CALENDAR_NOT_LOADED', 'ERROR', 120,
 'Мерзімді есептеу мүмкін емес: {actual} жылдың өндірістік күнтізбесі жүктелмеген',
 'Срок не вычислить: производственный календарь на {actual} год не загружен'),
('ACT_UNANSWERED_PAST_TERM', 'WARNING', 130,
 'Акт мерзімінде қаралмады: мерзімі {expected}, {actual} күн кешіктірілді',
 'Акт не рассмотрен в срок: срок {expected}, просрочка {actual} дн.'),
('ACT_CONSIDERED_LATE', 'WARNING', 140,
 'Акт мерзімінен кеш қаралды: мерзімі {expected}, қаралған күні {actual}',
 'Акт рассмотрен с нарушением срока: срок {expected}, рассмотрен {actual}'),
('ACT_REPORTED_LATE', 'WARNING', 150,
 'Нәтижесі прокурорға кеш хабарланды: мерзімі {expected}, хабарланған күні {actual}',
 'О результатах сообщено прокурору с опозданием: срок {expected}, сообщено {actual}'),
('ACT_RECORD_REF_UNKNOWN', 'WARNING', 160,
 'Арнайы есепке алуда {value} жазбасы жоқ', 'Запись {value} отсутствует в специальных учётах'),
('FORM_INDICATOR_MISSING', 'ERROR', 180,
 'Нысанда {value} көрсеткіші жоқ', 'В форме нет показателя {value}'),
('FORM_DETAIL_MISMATCH', 'ERROR', 190,
 '{value} көрсеткіші егжей-тегжейлі деректермен сәйкес емес: нысанда {actual}, деректер бойынша {expected}',
 'Показатель {value} не сходится с детальными данными: в форме {actual}, по данным {expected}'),
('FORM_CONTROL_RATIO', 'ERROR', 200,
 'Нысанның бақылау арақатынасы бұзылған: {value} ({actual})',
 'Нарушено контрольное соотношение формы: {value} ({actual})'),
('ROW_DUPLICATE', 'ERROR', 210,
 'Бір файлда қайталанатын жол: {value}, алғаш {expected}-жолда',
 'Повтор строки в файле: {value}, впервые в строке {expected}'),
('PLAUSIBILITY_VS_LAST_YEAR', 'WARNING', 220,
 'Өткен жылдың сол кезеңімен салыстырғанда күдікті өзгеріс: {value} — {actual} (өткен жылы {expected})',
 'Неправдоподобное изменение к тому же периоду прошлого года: {value} — {actual} (в прошлом году {expected})');

UPDATE quality_rule r SET name_kk = n.name_kk, name_ru = n.name_ru
FROM (VALUES
('FILE_NAME_INVALID', 'Файл атауы қате', 'Неверное имя файла'),
('FILE_REJECTED', 'Файл қабылданбады', 'Файл отклонён'),
('ROW_REJECTED', 'Жол қабылданбады', 'Строка отклонена'),
('FILE_WARNING', 'Файл бойынша ескерту', 'Предупреждение по файлу'),
('SUBMISSION_MISSING', 'Есеп берілмеді', 'Отчёт не представлен'),
('SUBMISSION_LATE', 'Есеп кеш берілді', 'Отчёт представлен с опозданием'),
('ACT_DATE_ORDER', 'Күндер реті бұзылған', 'Нарушен порядок дат'),
('ACT_DATE_AFTER_PERIOD', 'Күн есептік айдан кейін', 'Дата позже отчётного месяца'),
('ACT_OUTCOME_WITHOUT_CONSIDERATION', 'Қарау күнісіз нәтиже', 'Результат без даты рассмотрения'),
('ACT_CONSIDERATION_WITHOUT_OUTCOME', 'Нәтижесіз қарау күні', 'Дата рассмотрения без результата'),
('ACT_TERM_OUT_OF_BOUNDS', 'Мерзім заң шегінен тыс', 'Срок вне пределов закона'),
('ACT_CALENDAR_NOT_LOADED', 'Күнтізбе жүктелмеген', 'Производственный календарь не загружен'),
('ACT_UNANSWERED_PAST_TERM', 'Мерзімінде қаралмады', 'Не рассмотрен в срок'),
('ACT_CONSIDERED_LATE', 'Кешігіп қаралды', 'Рассмотрен с опозданием'),
('ACT_REPORTED_LATE', 'Нәтижесі кеш хабарланды', 'О результатах сообщено с опозданием'),
('ACT_RECORD_REF_UNKNOWN', 'Арнайы есепке алуда жазба жоқ', 'Нет записи в специальных учётах'),
('FORM_INDICATOR_MISSING', 'Нысанда көрсеткіш жоқ', 'В форме нет показателя'),
('FORM_DETAIL_MISMATCH', 'Нысан деректермен сәйкес емес', 'Форма не сходится с детальными данными'),
('FORM_CONTROL_RATIO', 'Бақылау арақатынасы бұзылған', 'Нарушено контрольное соотношение формы'),
('ROW_DUPLICATE', 'Қайталанатын жол', 'Повтор строки'),
('PLAUSIBILITY_VS_LAST_YEAR', 'Өткен жылмен салыстыру', 'Сравнение с прошлым годом')
) AS n (id, name_kk, name_ru)
WHERE r.id = n.id;

ALTER TABLE quality_rule ALTER COLUMN name_kk SET NOT NULL, ALTER COLUMN name_ru SET NOT NULL;

-- A row already rejected is out of the data: reported, but no reason to hold the unit's other rows back.
UPDATE quality_rule SET severity = 'WARNING' WHERE id IN ('ROW_REJECTED', 'FILE_NAME_INVALID');
-- Plausibility: a unit's acts issued in the period moving more than 50 % against the same period last year.
UPDATE quality_rule SET tolerance = 50 WHERE id = 'PLAUSIBILITY_VS_LAST_YEAR';

CREATE TABLE quality_run (
    id                bigserial   PRIMARY KEY,
    period            date        NOT NULL,
    started_at        timestamptz NOT NULL DEFAULT now(),
    -- set when every rule has run: only completed runs count, a crashed one is ignored
    completed_at      timestamptz,
    job_execution_id  bigint
);

CREATE TABLE finding (
    id             bigserial   PRIMARY KEY,
    run_id         bigint      NOT NULL REFERENCES quality_run (id),
    rule_id        varchar(64) NOT NULL REFERENCES quality_rule (id),
    severity       varchar(8)  NOT NULL,
    unit_code      varchar(4)  REFERENCES unit (code),
    region_code    varchar(2),
    submission_id  bigint      REFERENCES submission (id),
    file_name      text,
    row_number     integer,
    column_name    text,
    value          text,
    expected       text,
    actual         text,
    message_kk     text        NOT NULL,
    message_ru     text        NOT NULL
);

CREATE INDEX finding_run ON finding (run_id, rule_id);

-- The decision after a verification: units whose data a finding of severity ERROR keeps out of the reports
-- until they correct it.
CREATE TABLE quality_blocked_unit (
    run_id     bigint     NOT NULL REFERENCES quality_run (id),
    unit_code  varchar(4) NOT NULL REFERENCES unit (code),
    errors     integer    NOT NULL,
    PRIMARY KEY (run_id, unit_code)
);
