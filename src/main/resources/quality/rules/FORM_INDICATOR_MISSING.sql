-- Every form carries, for its own unit, the issued count of each act type and the persons disciplined;
-- a unit that keeps special records also its registered count.
WITH form AS (
    SELECT s.id, s.unit_code, s.file_name FROM submission s
    WHERE s.kind = 'form' AND s.is_current AND s.period = :period_start
), required AS (
    SELECT f.*, 'ACTS.' || c.code || '.ISSUED' AS indicator
    FROM form f CROSS JOIN code_list c WHERE c.domain = 'ACT_TYPE'
    UNION ALL
    SELECT f.*, 'ACTS.PERSONS_DISCIPLINED' FROM form f
    UNION ALL
    SELECT f.*, 'RECORDS.REGISTERED' FROM form f
    WHERE EXISTS (SELECT 1 FROM reporting_obligation o WHERE o.unit_code = f.unit_code AND o.kind = 'records'
                    AND o.valid_from <= :period_start AND (o.valid_to IS NULL OR o.valid_to >= :period_end))
)
SELECT r.unit_code, r.id, r.file_name, NULL::integer, 'indicator', r.indicator, NULL, NULL, NULL
FROM required r
WHERE NOT EXISTS (SELECT 1 FROM form_row v WHERE v.submission_id = r.id AND v.unit_code = r.unit_code
                    AND v.indicator = r.indicator)
