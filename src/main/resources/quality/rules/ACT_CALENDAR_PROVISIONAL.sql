-- A deadline counted on a year of the calendar that is provisional (only the days the law fixes): it may move when
-- the official calendar is loaded, which re-derives it and ends this finding.
-- over act
-- when
a.deadline_provisional
-- then
SELECT v.column_name, NULL, v.deadline::text, extract(year FROM v.deadline)::text, extract(year FROM v.deadline)::text
FROM (VALUES ('received_on', a.deadline_on), ('considered_on', a.report_deadline_on)) AS v (column_name, deadline)
WHERE extract(year FROM v.deadline) IN (SELECT year FROM calendar_year WHERE provisional)
