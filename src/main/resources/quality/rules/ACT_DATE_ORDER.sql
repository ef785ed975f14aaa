-- issued_on <= received_on <= considered_on <= reported_on, on the acts of the month's files. The few wrong
-- acts are found in one scan first; only they are split into one finding per wrong date.
WITH wrong AS (
    SELECT * FROM act
    WHERE period = :period_start
      AND (received_on < issued_on OR considered_on < coalesce(received_on, issued_on) OR reported_on < considered_on)
)
SELECT a.unit_code, a.submission_id, a.file_name, a.row_number, v.column_name, v.column_name, NULL, v.detail, v.detail
FROM wrong a
CROSS JOIN LATERAL (VALUES
    ('received_on', a.received_on < a.issued_on,
     'received_on ' || a.received_on || ' < issued_on ' || a.issued_on),
    ('considered_on', a.considered_on < coalesce(a.received_on, a.issued_on),
     'considered_on ' || a.considered_on || ' < ' || coalesce('received_on ' || a.received_on, 'issued_on ' || a.issued_on)),
    ('reported_on', a.reported_on < a.considered_on,
     'reported_on ' || a.reported_on || ' < considered_on ' || a.considered_on)
) AS v (column_name, wrong, detail)
WHERE v.wrong
