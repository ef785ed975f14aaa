-- No act or record row names a submission that does not exist. A national month arrives by COPY, a million rows and
-- more, and a foreign key's index probe per row more than doubled it; the check is one anti-join per statement of its
-- new rows against submission (V13).
CREATE OR REPLACE FUNCTION submission_rows_have_their_submission() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing bigint;
BEGIN
    SELECT n.submission_id INTO missing
    FROM (SELECT DISTINCT submission_id FROM new_rows) n
    WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = n.submission_id)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'rows of % refer to submission %, which does not exist', TG_TABLE_NAME, missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

-- a trigger with transition tables takes one event, hence two per table
CREATE OR REPLACE TRIGGER act_row_submission_inserted AFTER INSERT ON act_row REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION submission_rows_have_their_submission();
CREATE OR REPLACE TRIGGER act_row_submission_updated AFTER UPDATE ON act_row REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION submission_rows_have_their_submission();
CREATE OR REPLACE TRIGGER record_row_submission_inserted AFTER INSERT ON record_row REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION submission_rows_have_their_submission();
CREATE OR REPLACE TRIGGER record_row_submission_updated AFTER UPDATE ON record_row REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION submission_rows_have_their_submission();
