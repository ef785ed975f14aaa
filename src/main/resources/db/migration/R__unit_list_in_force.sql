-- The months each units' list is in force: from its month up to the month of the next list; of lists from the same
-- month, the one loaded last. The first one holds for every month before it too: no unit is older than the first list.
CREATE OR REPLACE VIEW unit_list_in_force AS
SELECT version,
       CASE WHEN lag(valid_from) OVER months IS NULL THEN DATE '-infinity' ELSE valid_from END AS valid_from,
       coalesce(lead(valid_from) OVER months - 1, DATE 'infinity') AS valid_to
FROM (SELECT DISTINCT ON (valid_from) version, valid_from FROM unit_list ORDER BY valid_from, version DESC) l
WINDOW months AS (ORDER BY valid_from);
