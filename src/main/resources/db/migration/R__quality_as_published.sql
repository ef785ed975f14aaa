-- What the verification offers the other features, who read it through these views (and blocked_units and
-- verification_for_reports) and never its tables: each verification run, and each finding with its rule in words.
CREATE OR REPLACE VIEW verification AS
SELECT id, period, started_at, completed_at, job_execution_id FROM quality_run;

CREATE OR REPLACE VIEW finding_in_words AS
SELECT f.id, f.run_id, f.rule_id, r.name_kk AS rule_kk, r.name_ru AS rule_ru, r.sort_order AS rule_order, f.severity,
       f.region_code, f.unit_code, f.submission_id, f.file_name, f.row_number, f.column_name, f.value, f.message_kk,
       f.message_ru
FROM finding f JOIN quality_rule r ON r.id = f.rule_id;
