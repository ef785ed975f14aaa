-- Results reported after the reporting deadline, or not reported by the month's end although it passed.
SELECT s.unit_code, s.submission_id, s.file_name, s.row_number, 'reported_on', s.reported_on::text,
       s.report_deadline_on::text, coalesce(s.reported_on::text, '—'), coalesce(s.reported_on::text, '—')
FROM act_status(DATE '2000-01-01', :period_end, :period_end) s
WHERE s.period = :period_start AND s.is_reported_late
