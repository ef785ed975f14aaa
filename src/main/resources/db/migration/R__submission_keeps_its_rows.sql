-- A submission that has act or record rows cannot be deleted: its rows are kept as history. With
-- R__submission_rows_have_their_submission it keeps, per statement, what the rows' foreign keys kept per row (V13).
CREATE OR REPLACE FUNCTION submission_keeps_its_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM act_row WHERE submission_id = OLD.id)
       OR EXISTS (SELECT 1 FROM record_row WHERE submission_id = OLD.id) THEN
        RAISE EXCEPTION 'submission % has rows, which are kept as history', OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;

CREATE OR REPLACE TRIGGER submission_keeps_its_rows BEFORE DELETE ON submission
    FOR EACH ROW EXECUTE FUNCTION submission_keeps_its_rows();
