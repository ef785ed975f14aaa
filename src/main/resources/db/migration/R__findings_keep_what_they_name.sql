-- Whatever findings name (a run, rule, unit or submission) cannot be deleted, nor its key changed: findings are kept
-- as history. The other half of the promise R__findings_name_what_exists keeps in place of foreign keys (V15).
-- Arguments: the column of finding that names the row, and the row's key column.
CREATE OR REPLACE FUNCTION findings_keep_what_they_name() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER quality_run_named_by_findings BEFORE DELETE OR UPDATE OF id ON quality_run
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('run_id', 'id');
CREATE OR REPLACE TRIGGER quality_rule_named_by_findings BEFORE DELETE OR UPDATE OF id ON quality_rule
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('rule_id', 'id');
CREATE OR REPLACE TRIGGER unit_named_by_findings BEFORE DELETE OR UPDATE OF code ON unit
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('unit_code', 'code');
CREATE OR REPLACE TRIGGER submission_named_by_findings BEFORE DELETE OR UPDATE OF id ON submission
    FOR EACH ROW EXECUTE FUNCTION findings_keep_what_they_name('submission_id', 'id');
