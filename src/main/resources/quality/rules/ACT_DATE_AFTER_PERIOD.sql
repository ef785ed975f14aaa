-- No date of a month's file may lie after the month's end: the file states the acts as of that end.
-- over act
-- when
greatest(a.issued_on, a.received_on, a.considered_on, a.reported_on) > :period_end
-- then
SELECT v.column_name, v.column_name, to_char(CAST(:period_end AS date), 'YYYY-MM-DD'), v.day::text, v.day::text
FROM (VALUES ('issued_on', a.issued_on), ('received_on', a.received_on),
             ('considered_on', a.considered_on), ('reported_on', a.reported_on)) AS v (column_name, day)
WHERE v.day > :period_end
