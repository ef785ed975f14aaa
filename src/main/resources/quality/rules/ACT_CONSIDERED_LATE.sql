-- Considered after the statutory deadline.
-- over act_status
-- when
a.is_considered_late
-- then
SELECT 'considered_on', a.considered_on::text, a.deadline_on::text, a.considered_on::text, a.considered_on::text
