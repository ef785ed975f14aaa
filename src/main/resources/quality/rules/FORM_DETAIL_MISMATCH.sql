-- Each indicator of a form against the same count over the detail rows (acts issued and records registered
-- in the month, state as of its end), reporting both numbers.
WITH month_acts AS (
    SELECT * FROM act WHERE issued_on BETWEEN :period_start AND :period_end
), month_records AS (
    SELECT * FROM special_record WHERE registered_on BETWEEN :period_start AND :period_end
), detail AS (
    SELECT unit_code, 'ACTS.' || act_type || '.ISSUED' AS indicator, count(*) AS value
    FROM month_acts GROUP BY 1, 2
    UNION ALL
    SELECT unit_code, 'ACTS.' || act_type || '.CONSIDERED', count(*)
    FROM month_acts WHERE considered_on <= :period_end GROUP BY 1, 2
    UNION ALL
    SELECT unit_code, 'ACTS.' || act_type || '.' || outcome, count(*)
    FROM month_acts WHERE considered_on <= :period_end
                      AND outcome IN ('SATISFIED', 'PARTIALLY_SATISFIED', 'REJECTED') GROUP BY 1, 2
    UNION ALL
    SELECT unit_code, 'ACTS.PERSONS_DISCIPLINED', coalesce(sum(persons_disciplined), 0)
    FROM month_acts GROUP BY 1
    UNION ALL
    SELECT unit_code, 'RECORDS.REGISTERED', count(*) FROM month_records GROUP BY 1
    UNION ALL
    SELECT unit_code, 'RECORDS.' || category || '.REGISTERED', count(*) FROM month_records GROUP BY 1, 2
)
SELECT f.unit_code, f.submission_id, f.file_name, f.row_number, 'value', f.indicator,
       coalesce(d.value, 0)::text, f.value::text, f.value::text
FROM form_value f
LEFT JOIN detail d ON d.unit_code = f.unit_code AND d.indicator = f.indicator
WHERE f.period = :period_start AND abs(f.value - coalesce(d.value, 0)) > :tolerance
