-- The office reloads the list of units and what each must send (units load), as domain.md has it. A unit left out
-- of a list is closed from the month the list holds from, never deleted: its submissions and findings stay, and so
-- do the months it reported. Each list loaded is a version; a running LegalStat re-reads the units when it moves.

ALTER TABLE unit ADD COLUMN closed_from date
    CHECK (closed_from = date_trunc('month', closed_from));

CREATE TABLE unit_list (
    version    integer     PRIMARY KEY,
    valid_from date        NOT NULL CHECK (valid_from = date_trunc('month', valid_from)),
    source     text        NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO unit_list (version, valid_from, source)
VALUES (1, DATE '2020-01-01', 'LegalStat бастапқы тізімі / первоначальный список LegalStat');
