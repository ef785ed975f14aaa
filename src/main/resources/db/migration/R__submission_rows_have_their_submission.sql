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

CREATE OR REPLACE TRIGGER act_row_submission_inserted AFTER INSERT ON act_row REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION submission_rows_have_their_submission();
CREATE OR REPLACE TRIGGER record_row_submission_inserted AFTER INSERT ON record_row REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION submission_rows_have_their_submission();

-- A row written without its month (by hand: the loader writes it), or moved to another submission, takes the
-- submission's month. Row triggers, but called only for such rows: the condition is checked without a call, and
-- the updates that mark versions or write deadlines (every row of a month, some nights) pass through untouched,
-- where the statement triggers with transition tables these replace collected every updated row.
CREATE OR REPLACE FUNCTION history_row_takes_its_submissions_month() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT period INTO NEW.period FROM submission WHERE id = NEW.submission_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'rows of % refer to submission %, which does not exist', TG_TABLE_NAME, NEW.submission_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS act_row_submission_updated ON act_row;
DROP TRIGGER IF EXISTS record_row_submission_updated ON record_row;
CREATE OR REPLACE TRIGGER act_row_takes_its_month BEFORE INSERT ON act_row
    FOR EACH ROW WHEN (NEW.period IS NULL) EXECUTE FUNCTION history_row_takes_its_submissions_month();
CREATE OR REPLACE TRIGGER act_row_moved BEFORE UPDATE ON act_row
    FOR EACH ROW WHEN (OLD.submission_id IS DISTINCT FROM NEW.submission_id)
    EXECUTE FUNCTION history_row_takes_its_submissions_month();
CREATE OR REPLACE TRIGGER record_row_takes_its_month BEFORE INSERT ON record_row
    FOR EACH ROW WHEN (NEW.period IS NULL) EXECUTE FUNCTION history_row_takes_its_submissions_month();
CREATE OR REPLACE TRIGGER record_row_moved BEFORE UPDATE ON record_row
    FOR EACH ROW WHEN (OLD.submission_id IS DISTINCT FROM NEW.submission_id)
    EXECUTE FUNCTION history_row_takes_its_submissions_month();
