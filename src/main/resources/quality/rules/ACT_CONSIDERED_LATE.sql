SELECT s.unit_code, s.submission_id, s.file_name, s.row_number, 'considered_on', s.considered_on::text,
       s.deadline_on::text, s.considered_on::text, s.considered_on::text
FROM act_status(DATE '2000-01-01', :period_end, :period_end) s
WHERE s.period = :period_start AND s.is_considered_late
