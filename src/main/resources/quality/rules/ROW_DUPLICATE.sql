-- The same act, record or form indicator twice in one file of the month: every repeat after the first.
-- A file that loaded more rows than the current state keeps of it is a suspect (repeats collapse there);
-- only suspects are grouped by key, so a month without repeats costs one count of its acts and records.
WITH month AS (
    SELECT id, unit_code, file_name, kind, rows_loaded FROM submission WHERE is_current AND period = :period_start
), rows_per_file AS (
    SELECT id AS submission_id, rows_loaded AS n FROM month WHERE kind IN ('acts', 'records')
), kept_per_file AS (
    SELECT submission_id, count(*) AS n FROM act WHERE period = :period_start GROUP BY 1
    UNION ALL
    SELECT submission_id, count(*) FROM special_record WHERE period = :period_start GROUP BY 1
), suspect AS (
    SELECT r.submission_id FROM rows_per_file r
    LEFT JOIN kept_per_file k ON k.submission_id = r.submission_id
    WHERE r.n > coalesce(k.n, 0)
    UNION
    SELECT id FROM month WHERE kind = 'form'
), keyed AS (
    SELECT submission_id, row_number, 'act_id' AS column_name, unit_code || ' ' || act_id AS key FROM act_row
    WHERE submission_id IN (SELECT submission_id FROM suspect)
    UNION ALL
    SELECT submission_id, row_number, 'record_id', record_id FROM record_row
    WHERE submission_id IN (SELECT submission_id FROM suspect)
    UNION ALL
    SELECT submission_id, row_number, 'indicator', unit_code || ' ' || indicator FROM form_row
    WHERE submission_id IN (SELECT submission_id FROM suspect)
), ranked AS (
    SELECT k.*, min(k.row_number) OVER (PARTITION BY k.submission_id, k.column_name, k.key) AS first_row
    FROM keyed k
)
SELECT m.unit_code, m.id, m.file_name, r.row_number, r.column_name, r.key, r.first_row::text, NULL, NULL
FROM ranked r
JOIN month m ON m.id = r.submission_id
WHERE r.row_number <> r.first_row
