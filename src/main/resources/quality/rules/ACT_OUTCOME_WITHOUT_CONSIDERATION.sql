SELECT a.unit_code, a.submission_id, a.file_name, a.row_number, 'outcome', a.outcome, NULL, a.outcome, a.outcome
FROM act a
WHERE a.period = :period_start AND a.outcome IS NOT NULL AND a.considered_on IS NULL
