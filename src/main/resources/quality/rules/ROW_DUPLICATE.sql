-- The same act, record or form indicator twice in one file of the month: every repeat after the first.
WITH keyed AS (
    SELECT submission_id, row_number, 'act_id' AS column_name, unit_code || ' ' || act_id AS key FROM act_row
    UNION ALL
    SELECT submission_id, row_number, 'record_id', record_id FROM record_row
    UNION ALL
    SELECT submission_id, row_number, 'indicator', unit_code || ' ' || indicator FROM form_row
), ranked AS (
    SELECT k.*, min(k.row_number) OVER (PARTITION BY k.submission_id, k.key) AS first_row
    FROM keyed k
    JOIN submission s ON s.id = k.submission_id AND s.is_current AND s.period = :period_start
)
SELECT s.unit_code, s.id, s.file_name, r.row_number, r.column_name, r.key, r.first_row::text, NULL, NULL
FROM ranked r
JOIN submission s ON s.id = r.submission_id
WHERE r.row_number <> r.first_row
