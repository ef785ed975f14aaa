-- Inside a form, per act type: SATISFIED + PARTIALLY_SATISFIED + REJECTED <= CONSIDERED <= ISSUED.
WITH v AS (
    SELECT submission_id, file_name, unit_code, row_number, value,
           split_part(indicator, '.', 2) AS act_type, split_part(indicator, '.', 3) AS measure
    FROM form_value
    WHERE period = :period_start AND indicator LIKE 'ACTS.%.%'
), per_type AS (
    SELECT submission_id, file_name, unit_code, act_type,
           max(value) FILTER (WHERE measure = 'ISSUED') AS issued,
           max(value) FILTER (WHERE measure = 'CONSIDERED') AS considered,
           coalesce(sum(value) FILTER (WHERE measure IN ('SATISFIED', 'PARTIALLY_SATISFIED', 'REJECTED')), 0) AS decided,
           min(row_number) FILTER (WHERE measure = 'CONSIDERED') AS row_number
    FROM v GROUP BY 1, 2, 3, 4
), broken AS (
    SELECT *, CASE
                  WHEN considered < decided
                      THEN 'CONSIDERED ' || considered || ' < SATISFIED + PARTIALLY_SATISFIED + REJECTED ' || decided
                  ELSE 'CONSIDERED ' || considered || ' > ISSUED ' || issued
              END AS detail
    FROM per_type
    WHERE considered < decided OR considered > issued
)
SELECT unit_code, submission_id, file_name, row_number, 'value', 'ACTS.' || act_type, NULL, detail, detail
FROM broken
