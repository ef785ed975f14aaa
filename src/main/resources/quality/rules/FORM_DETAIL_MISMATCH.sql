-- Each indicator of a form against the same count over the detail rows (acts issued and records registered
-- in the month, state as of its end), reporting both numbers. One pass over the month's acts and one over
-- its records; the counts are then laid out as indicators.
WITH per_type AS (
    SELECT unit_code, act_type,
           count(*) AS issued,
           count(*) FILTER (WHERE considered_on <= :period_end) AS considered,
           count(*) FILTER (WHERE considered_on <= :period_end AND outcome = 'SATISFIED') AS satisfied,
           count(*) FILTER (WHERE considered_on <= :period_end AND outcome = 'PARTIALLY_SATISFIED') AS partially,
           count(*) FILTER (WHERE considered_on <= :period_end AND outcome = 'REJECTED') AS rejected,
           coalesce(sum(persons_disciplined), 0) AS disciplined
    FROM act WHERE issued_on BETWEEN :period_start AND :period_end
    GROUP BY unit_code, act_type
), per_category AS (
    SELECT unit_code, category, count(*) AS registered
    FROM special_record WHERE registered_on BETWEEN :period_start AND :period_end
    GROUP BY unit_code, category
), detail AS (
    SELECT p.unit_code, 'ACTS.' || p.act_type || '.' || v.measure AS indicator, v.value
    FROM per_type p
    CROSS JOIN LATERAL (VALUES ('ISSUED', p.issued), ('CONSIDERED', p.considered), ('SATISFIED', p.satisfied),
                               ('PARTIALLY_SATISFIED', p.partially), ('REJECTED', p.rejected)) AS v (measure, value)
    UNION ALL
    SELECT unit_code, 'ACTS.PERSONS_DISCIPLINED', sum(disciplined) FROM per_type GROUP BY unit_code
    UNION ALL
    SELECT unit_code, 'RECORDS.REGISTERED', sum(registered) FROM per_category GROUP BY unit_code
    UNION ALL
    SELECT unit_code, 'RECORDS.' || category || '.REGISTERED', registered FROM per_category
)
SELECT f.unit_code, f.submission_id, f.file_name, f.row_number, 'value', f.indicator,
       coalesce(d.value, 0)::text, f.value::text, f.value::text
FROM form_value f
LEFT JOIN detail d ON d.unit_code = f.unit_code AND d.indicator = f.indicator
WHERE f.period = :period_start AND abs(f.value - coalesce(d.value, 0)) > :tolerance
