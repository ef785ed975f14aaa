-- calendar_index (V4) is derived from calendar_day: each day's next working day and its count of working days. Any
-- change of the calendar rebuilds it in the same statement, so a deadline is never counted on days the calendar no
-- longer holds.
CREATE OR REPLACE FUNCTION calendar_index_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW calendar_index;
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER calendar_day_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_day
FOR EACH STATEMENT EXECUTE FUNCTION calendar_index_refresh();
