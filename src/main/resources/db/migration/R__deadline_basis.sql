-- The acts' deadlines are derived from the calendar (its days and which years are provisional) and the terms: any
-- change of those moves deadline_basis.generation, in the changing transaction, so that the deadlines are derived
-- again (kz.legalstat.ingest.DeadlineDerivation) before anything reads them as current. A collection locks the row
-- while it loads a file, so a change waits for the files being loaded, and files wait for the change.

CREATE OR REPLACE FUNCTION deadline_basis_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE deadline_basis SET generation = generation + 1;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER calendar_day_moves_deadlines AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_day
    FOR EACH STATEMENT EXECUTE FUNCTION deadline_basis_changed();
-- a year's source is a note: changing it moves nothing
CREATE OR REPLACE TRIGGER calendar_year_moves_deadlines AFTER INSERT OR UPDATE OF year, provisional OR DELETE OR TRUNCATE
    ON calendar_year FOR EACH STATEMENT EXECUTE FUNCTION deadline_basis_changed();
CREATE OR REPLACE TRIGGER term_rule_moves_deadlines AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON term_rule
    FOR EACH STATEMENT EXECUTE FUNCTION deadline_basis_changed();
