-- A deadline that falls in a year whose working-day calendar is not loaded is an error, not a guess.
-- over act
-- when
(a.effective_term_days IS NOT NULL AND a.deadline_on IS NULL)
    OR (a.report_working_days IS NOT NULL AND a.considered_on IS NOT NULL AND a.report_deadline_on IS NULL)
-- then
SELECT v.column_name, v.start_day::text, NULL, extract(year FROM v.start_day)::text,
       extract(year FROM v.start_day)::text
FROM (VALUES
    ('received_on', a.effective_term_days IS NOT NULL AND a.deadline_on IS NULL,
     coalesce(a.received_on, a.issued_on) + a.effective_term_days),
    ('considered_on', a.report_working_days IS NOT NULL AND a.considered_on IS NOT NULL AND a.report_deadline_on IS NULL,
     a.considered_on)
) AS v (column_name, missing, start_day)
WHERE v.missing
