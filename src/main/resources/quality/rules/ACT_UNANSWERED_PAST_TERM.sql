-- Not considered by the end of the month although the deadline passed; actual = days late at that end.
SELECT s.unit_code, s.submission_id, s.file_name, s.row_number, 'considered_on', NULL,
       s.deadline_on::text, s.days_late::text, s.days_late::text
FROM act_status(DATE '2000-01-01', :period_end, :period_end) s
WHERE s.period = :period_start AND s.is_unanswered_past_term
