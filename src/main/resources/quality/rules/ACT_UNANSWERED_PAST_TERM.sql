-- Not considered by the end of the month although the deadline passed; actual = days late at that end.
-- over act_status
-- when
a.is_unanswered_past_term
-- then
SELECT 'considered_on', NULL, a.deadline_on::text, a.days_late::text, a.days_late::text
