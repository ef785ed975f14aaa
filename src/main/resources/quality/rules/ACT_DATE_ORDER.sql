-- issued_on <= received_on <= considered_on <= reported_on, on the acts of the month's files; a finding per
-- wrong date.
-- over act
-- when
a.received_on < a.issued_on OR a.considered_on < coalesce(a.received_on, a.issued_on) OR a.reported_on < a.considered_on
-- then
SELECT v.column_name, v.column_name, NULL, v.detail, v.detail
FROM (VALUES
    ('received_on', a.received_on < a.issued_on,
     'received_on ' || a.received_on || ' < issued_on ' || a.issued_on),
    ('considered_on', a.considered_on < coalesce(a.received_on, a.issued_on),
     'considered_on ' || a.considered_on || ' < ' || coalesce('received_on ' || a.received_on, 'issued_on ' || a.issued_on)),
    ('reported_on', a.reported_on < a.considered_on,
     'reported_on ' || a.reported_on || ' < considered_on ' || a.considered_on)
) AS v (column_name, wrong, detail)
WHERE v.wrong
