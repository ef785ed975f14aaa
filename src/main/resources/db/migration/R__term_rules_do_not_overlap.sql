-- An act takes the one term rule in force on its issue date for its type and addressee kind: two versions in force on
-- the same day would give it two deadlines. terms load refuses that with the file's lines; this refuses it for any
-- other change, checked at commit. A constraint trigger cannot be replaced, so it is dropped and created again.
CREATE OR REPLACE FUNCTION term_rules_do_not_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    clash record;
BEGIN
    SELECT a.act_type, coalesce(a.addressee_kind, '*') AS addressee_kind, b.valid_from AS day INTO clash
    FROM term_rule a
    JOIN term_rule b ON b.act_type = a.act_type AND b.addressee_kind IS NOT DISTINCT FROM a.addressee_kind
                    AND b.id <> a.id AND b.valid_from >= a.valid_from
    WHERE a.valid_to IS NULL OR a.valid_to >= b.valid_from
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'two term rules of % for addressee kind % are in force on %', clash.act_type,
            clash.addressee_kind, clash.day USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS term_rules_do_not_overlap ON term_rule;
CREATE CONSTRAINT TRIGGER term_rules_do_not_overlap AFTER INSERT OR UPDATE ON term_rule
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION term_rules_do_not_overlap();
