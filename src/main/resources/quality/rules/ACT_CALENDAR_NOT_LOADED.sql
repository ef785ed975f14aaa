-- A deadline that falls in a year whose working-day calendar is not loaded (not even provisionally) is an error,
-- not a guess.
-- over act
-- when
(a.term IS NOT NULL AND a.deadline_on IS NULL)
    OR (a.report_term IS NOT NULL AND a.considered_on IS NOT NULL AND a.report_deadline_on IS NULL)
-- then
SELECT v.column_name, v.start_day::text, NULL, extract(year FROM v.last_day)::text,
       extract(year FROM v.last_day)::text
FROM (VALUES
    ('received_on', a.term IS NOT NULL AND a.deadline_on IS NULL, a.term_start_on,
     coalesce(a.term_last_on, a.term_start_on + a.term)),
    ('considered_on', a.report_term IS NOT NULL AND a.considered_on IS NOT NULL AND a.report_deadline_on IS NULL,
     a.considered_on, coalesce(a.report_last_on, a.considered_on + a.report_term))
) AS v (column_name, missing, start_day, last_day)
WHERE v.missing
