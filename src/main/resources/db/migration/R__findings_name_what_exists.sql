-- A finding names only a run, rule, unit and submission that exist. Findings arrive by the tens of thousands, so the
-- promise is kept per statement, one anti-join per reference over the statement's new findings, rather than by
-- foreign keys that checked each row on its own (V15).
CREATE OR REPLACE FUNCTION findings_name_what_exists() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing text;
BEGIN
    SELECT 'run ' || n.run_id INTO missing FROM (SELECT DISTINCT run_id FROM new_findings) n
    WHERE NOT EXISTS (SELECT 1 FROM quality_run r WHERE r.id = n.run_id) LIMIT 1;
    IF NOT FOUND THEN
        SELECT 'rule ' || n.rule_id INTO missing FROM (SELECT DISTINCT rule_id FROM new_findings) n
        WHERE NOT EXISTS (SELECT 1 FROM quality_rule r WHERE r.id = n.rule_id) LIMIT 1;
    END IF;
    IF NOT FOUND THEN
        SELECT 'unit ' || n.unit_code INTO missing FROM (SELECT DISTINCT unit_code FROM new_findings) n
        WHERE n.unit_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.code = n.unit_code) LIMIT 1;
    END IF;
    IF NOT FOUND THEN
        SELECT 'submission ' || n.submission_id INTO missing FROM (SELECT DISTINCT submission_id FROM new_findings) n
        WHERE n.submission_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = n.submission_id)
        LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION 'findings refer to %, which does not exist', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

-- a trigger with transition tables takes one event, hence two
CREATE OR REPLACE TRIGGER finding_references_inserted AFTER INSERT ON finding REFERENCING NEW TABLE AS new_findings
    FOR EACH STATEMENT EXECUTE FUNCTION findings_name_what_exists();
CREATE OR REPLACE TRIGGER finding_references_updated AFTER UPDATE ON finding REFERENCING NEW TABLE AS new_findings
    FOR EACH STATEMENT EXECUTE FUNCTION findings_name_what_exists();
