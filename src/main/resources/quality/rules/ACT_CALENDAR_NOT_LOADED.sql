-- A deadline that falls in a year whose working-day calendar is not loaded is an error, not a guess.
WITH unknown AS (
    SELECT * FROM act
    WHERE period = :period_start
      AND ((effective_term_days IS NOT NULL AND deadline_on IS NULL)
           OR (report_working_days IS NOT NULL AND considered_on IS NOT NULL AND report_deadline_on IS NULL))
)
SELECT a.unit_code, a.submission_id, a.file_name, a.row_number, v.column_name, v.start_day::text, NULL,
       extract(year FROM v.start_day)::text, extract(year FROM v.start_day)::text
FROM unknown a
CROSS JOIN LATERAL (VALUES
    ('received_on', a.effective_term_days IS NOT NULL AND a.deadline_on IS NULL,
     coalesce(a.received_on, a.issued_on) + a.effective_term_days),
    ('considered_on', a.report_working_days IS NOT NULL AND a.considered_on IS NOT NULL AND a.report_deadline_on IS NULL,
     a.considered_on)
) AS v (column_name, missing, start_day)
WHERE v.missing
