-- People who use the web interface. Passwords are stored only as hashes ({bcrypt}...), never as text.
-- A regional analyst sees and exports only the region named here.
CREATE TABLE app_user (
    username      varchar(64)  PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash varchar(200) NOT NULL,
    role          varchar(20)  NOT NULL CHECK (role IN ('ANALYST', 'REGIONAL_ANALYST', 'OPERATOR', 'ADMIN')),
    region_code   varchar(4)   REFERENCES unit (code),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CHECK ((role = 'REGIONAL_ANALYST') = (region_code IS NOT NULL)),
    CHECK (region_code IS NULL OR length(region_code) = 2)
);

-- Reports asked for on demand, written in the background. The finished file is in the export catalogue;
-- the request is kept so that whoever asked can follow it and download the file by this id.
CREATE TABLE export_request (
    id            bigserial    PRIMARY KEY,
    requested_by  varchar(64)  NOT NULL,
    report_name   varchar(32)  NOT NULL,
    period        date         NOT NULL,
    lang          varchar(2)   NOT NULL CHECK (lang IN ('kk', 'ru')),
    region_code   varchar(4)   REFERENCES unit (code),
    as_of         date,
    status        varchar(10)  NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    export_id     bigint       REFERENCES report_export (id),
    failure       text,
    requested_at  timestamptz  NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    -- renewed while the server that took the request is alive; a request whose server died is taken up again
    heartbeat_at  timestamptz  NOT NULL DEFAULT now(),
    CHECK ((status = 'READY') = (export_id IS NOT NULL))
);
CREATE INDEX export_request_by_user ON export_request (requested_by, id DESC);
CREATE INDEX export_request_unfinished ON export_request (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');
