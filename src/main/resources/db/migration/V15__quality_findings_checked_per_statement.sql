-- Findings arrive by the tens of thousands, one INSERT ... SELECT per rule (47 000 for ACT_UNANSWERED_PAST_TERM over
-- the bench's national month). Their four foreign keys checked each row on its own, four probes and a row lock each:
-- that rule's INSERT took 1.25 s with them and 0.55 s without, its query alone 0.2 s. The same promise, that a
-- finding names only a run, rule, unit and submission that exist, is now kept per statement as V13 keeps it for
-- rows: one anti-join per reference of the statement's new findings; and whatever findings name cannot be deleted,
-- nor its key changed.

ALTER TABLE finding
    DROP CONSTRAINT finding_run_id_fkey,
    DROP CONSTRAINT finding_rule_id_fkey,
    DROP CONSTRAINT finding_unit_code_fkey,
    DROP CONSTRAINT finding_submission_id_fkey;

CREATE FUNCTION findings_name_what_exists() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER finding_references_inserted AFTER INSERT ON finding REFERENCING NEW TABLE AS new_findings
    FOR EACH STATEMENT EXECUTE FUNCTION findings_name_what_exists();
CREATE TRIGGER finding_references_updated AFTER UPDATE ON finding REFERENCING NEW TABLE AS new_findings
    FOR EACH STATEMENT EXECUTE FUNCTION findings_name_what_exists();

-- Arguments: the column of finding that names the row, and the row's key column.
CREATE FUNCTION findings_keep_what_they_name() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_key text;
    new_key text;
    named boolean;
BEGIN
    EXECUTE format('SELECT ($1).%1$I::text, ($2).%1$I::text', TG_ARGV[1]) INTO old_key, new_key USING OLD, NEW;
    IF TG_OP = 'UPDATE' AND old_key IS NOT DISTINCT FROM new_key THEN
        RETURN NEW;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM finding WHERE %I = ($1).%I)', TG_ARGV[0], TG_ARGV[1])
        INTO named USING OLD;
    IF named THEN
        RAISE EXCEPTION '% % is named by findings, which are kept as history', TG_TABLE_NAME, old_key
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER quality_run_named_by_findings BEFORE DELETE OR UPDATE OF id ON quality_run
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('run_id', 'id');
CREATE TRIGGER quality_rule_named_by_findings BEFORE DELETE OR UPDATE OF id ON quality_rule
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('rule_id', 'id');
CREATE TRIGGER unit_named_by_findings BEFORE DELETE OR UPDATE OF code ON unit
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('unit_code', 'code');
CREATE TRIGGER submission_named_by_findings BEFORE DELETE OR UPDATE OF id ON submission
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('submission_id', 'id');
