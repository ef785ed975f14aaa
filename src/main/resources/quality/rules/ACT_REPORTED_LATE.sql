-- Results reported after the reporting deadline, or not reported by the month's end although it passed.
-- over act_status
-- when
a.is_reported_late
-- then
SELECT 'reported_on', a.reported_on::text, a.report_deadline_on::text, coalesce(a.reported_on::text, '—'),
       coalesce(a.reported_on::text, '—')
