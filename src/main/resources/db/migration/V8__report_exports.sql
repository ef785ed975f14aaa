-- The catalogue of every report written: who, when, with which parameters, which file and its checksum.
CREATE TABLE report_export (
    id            bigserial   PRIMARY KEY,
    report_name   varchar(32) NOT NULL,
    period        date        NOT NULL,
    lang          varchar(2)  NOT NULL CHECK (lang IN ('kk', 'ru')),
    region_code   varchar(2),
    as_of         date        NOT NULL,
    file_path     text        NOT NULL,
    sha256        char(64)    NOT NULL,
    -- data rows written per table of the report, e.g. {"by-region": 20, "by-act-type": 8}
    row_counts    jsonb       NOT NULL,
    requested_by  text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
