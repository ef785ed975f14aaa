-- An administrator's change of a rule, made on the administration page: it takes precedence over the catalogue
-- and jobs/quality-rules.yml until it is reset on the page, and it says who made it and when.
CREATE TABLE quality_rule_change (
    rule_id     varchar(64) PRIMARY KEY REFERENCES quality_rule (id),
    enabled     boolean     NOT NULL,
    severity    varchar(8)  NOT NULL CHECK (severity IN ('ERROR', 'WARNING', 'INFO')),
    tolerance   numeric     NOT NULL CHECK (tolerance >= 0),
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

-- The rules as every verification applies them: the catalogue with the office's file, then the page's changes.
CREATE VIEW quality_rule_in_force AS
SELECT r.id, coalesce(c.severity, r.severity) AS severity, coalesce(c.enabled, r.enabled) AS enabled,
       coalesce(c.tolerance, r.tolerance) AS tolerance, r.valid_from, r.valid_to, r.sort_order,
       r.name_kk, r.name_ru, r.message_kk, r.message_ru, c.changed_by, c.changed_at
FROM quality_rule r
LEFT JOIN quality_rule_change c ON c.rule_id = r.id;
