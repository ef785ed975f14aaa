-- Every file taken from the inbox, its rows, and what was wrong with it. Rows are kept per submission
-- (the history); the current state is derived from the current version of each (kind, unit, month).

CREATE TABLE submission (
    id                 bigserial    PRIMARY KEY,
    file_path          text         NOT NULL,   -- absolute path; for a source database, its JDBC URL
    source_query       text,                    -- for a source database: the query that yielded the rows
    file_name          text         NOT NULL,
    size_bytes         bigint       NOT NULL,
    sha256             char(64),        -- NULL only for a file rejected for its size, never read
    file_modified_at   timestamptz  NOT NULL,   -- when the unit delivered it
    collected_at       timestamptz  NOT NULL DEFAULT now(),
    job_execution_id   bigint,
    -- NULL when the name does not follow <kind>_<unit>_<YYYY-MM>.<csv|xlsx>
    kind               varchar(16)  CHECK (kind IN ('acts', 'records', 'form')),
    unit_code          varchar(4)   REFERENCES unit (code),
    period             date         CHECK (period = date_trunc('month', period)),
    version            integer,
    status             varchar(16)  NOT NULL CHECK (status IN ('RECEIVED', 'LOADED', 'REJECTED', 'IGNORED')),
    is_current         boolean      NOT NULL DEFAULT false,
    rows_loaded        integer      NOT NULL DEFAULT 0,
    rows_rejected      integer      NOT NULL DEFAULT 0,
    CHECK (NOT is_current OR status = 'LOADED')
);

CREATE UNIQUE INDEX submission_one_current ON submission (kind, unit_code, period) WHERE is_current;
-- Identical bytes for the same (kind, unit, month) are taken once. Across months they may differ only in the
-- name (a form of zeros, month after month), so the bytes alone do not identify a submission.
CREATE UNIQUE INDEX submission_same_bytes ON submission (sha256, kind, unit_code, period) WHERE unit_code IS NOT NULL;
CREATE UNIQUE INDEX submission_same_bytes_unnamed ON submission (sha256, file_name) WHERE unit_code IS NULL;
CREATE INDEX submission_period ON submission (period, kind, unit_code);

-- What was wrong: a whole file (row_number NULL, status REJECTED), a row (rejected, not loaded), or a warning.
CREATE TABLE submission_issue (
    id             bigserial    PRIMARY KEY,
    submission_id  bigint       NOT NULL REFERENCES submission (id),
    severity       varchar(8)   NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    row_number     integer,
    column_name    text,
    value          text,
    code           varchar(64)  NOT NULL,
    message_kk     text         NOT NULL,
    message_ru     text         NOT NULL
);

CREATE INDEX submission_issue_submission ON submission_issue (submission_id);

CREATE TABLE act_row (
    submission_id        bigint        NOT NULL REFERENCES submission (id),
    row_number           integer       NOT NULL,
    act_id               varchar(64)   NOT NULL,
    unit_code            varchar(4)    NOT NULL,
    act_type             varchar(32)   NOT NULL,
    issued_on            date          NOT NULL,
    addressee_kind       varchar(32)   NOT NULL,
    addressee            varchar(500)  NOT NULL,
    sphere               varchar(32)   NOT NULL,
    received_on          date,
    term_days            integer,
    considered_on        date,
    outcome              varchar(32),
    reported_on          date,
    persons_disciplined  integer,
    acts_revoked         integer,
    amount_restored_kzt  numeric(20, 2),
    record_ref           varchar(32),
    PRIMARY KEY (submission_id, row_number)
);

CREATE TABLE record_row (
    submission_id  bigint       NOT NULL REFERENCES submission (id),
    row_number     integer      NOT NULL,
    record_id      varchar(32)  NOT NULL,
    unit_code      varchar(4)   NOT NULL,
    registered_on  date         NOT NULL,
    article        varchar(32)  NOT NULL,
    category       varchar(32)  NOT NULL,
    status         varchar(32)  NOT NULL,
    decided_on     date,
    PRIMARY KEY (submission_id, row_number)
);

CREATE TABLE form_row (
    submission_id  bigint       NOT NULL REFERENCES submission (id),
    row_number     integer      NOT NULL,
    unit_code      varchar(4)   NOT NULL,
    indicator      varchar(64)  NOT NULL,
    value          bigint       NOT NULL,
    PRIMARY KEY (submission_id, row_number)
);

-- The current state of every act: the latest row for (unit, act_id) among current submissions, with its
-- statutory deadline (rule in force on the issue date, term from received_on or issued_on, moved to the
-- next working day) and its reporting deadline (N working days after consideration).
CREATE MATERIALIZED VIEW act AS
WITH latest AS (
    SELECT DISTINCT ON (r.unit_code, r.act_id) r.*, s.period, s.file_name
    FROM act_row r
    JOIN submission s ON s.id = r.submission_id AND s.is_current
    ORDER BY r.unit_code, r.act_id, s.period DESC, s.id DESC, r.row_number DESC
), termed AS (
    SELECT l.*,
           dr.act_type IS NOT NULL AS rule_found,
           dr.report_working_days,
           CASE
               WHEN dr.prescribed_term_allowed AND l.term_days IS NOT NULL
                   THEN least(greatest(l.term_days, coalesce(dr.prescribed_min_days, l.term_days)),
                              coalesce(dr.prescribed_max_days, l.term_days))
               ELSE dr.response_days
           END AS effective_term_days
    FROM latest l
    LEFT JOIN deadline_rule dr
           ON dr.act_type = l.act_type
          AND l.issued_on >= dr.valid_from
          AND (dr.valid_to IS NULL OR l.issued_on <= dr.valid_to)
)
SELECT t.submission_id, t.row_number, t.file_name, t.period, t.act_id, t.unit_code, ur.region_code,
       t.act_type, t.issued_on, t.addressee_kind, t.addressee, t.sphere, t.received_on, t.term_days,
       t.considered_on, t.outcome, t.reported_on, t.persons_disciplined, t.acts_revoked,
       t.amount_restored_kzt, t.record_ref, t.rule_found, t.effective_term_days, t.report_working_days,
       ce.next_working_day AS deadline_on,
       rw.day              AS report_deadline_on
FROM termed t
JOIN unit_region ur ON ur.code = t.unit_code
LEFT JOIN calendar_index ce ON ce.day = coalesce(t.received_on, t.issued_on) + t.effective_term_days
LEFT JOIN calendar_index cc ON cc.day = t.considered_on AND t.report_working_days IS NOT NULL
LEFT JOIN calendar_index rw ON rw.is_working AND rw.working_seq = cc.working_seq + t.report_working_days;

CREATE UNIQUE INDEX act_key ON act (unit_code, act_id);
CREATE INDEX act_issued ON act (issued_on, region_code);

CREATE MATERIALIZED VIEW special_record AS
SELECT DISTINCT ON (r.record_id) r.*, s.period, s.file_name, ur.region_code
FROM record_row r
JOIN submission s ON s.id = r.submission_id AND s.is_current
JOIN unit_region ur ON ur.code = r.unit_code
ORDER BY r.record_id, s.period DESC, s.id DESC, r.row_number DESC;

CREATE UNIQUE INDEX special_record_key ON special_record (record_id);
CREATE INDEX special_record_registered ON special_record (registered_on, region_code);

CREATE VIEW form_value AS
SELECT s.period, s.unit_code AS submitting_unit, s.file_name, f.submission_id, f.row_number,
       f.unit_code, f.indicator, f.value
FROM form_row f
JOIN submission s ON s.id = f.submission_id AND s.is_current;
