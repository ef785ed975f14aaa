SELECT a.unit_code, a.submission_id, a.file_name, a.row_number, 'outcome', NULL, NULL,
       a.considered_on::text, a.considered_on::text
FROM act a
WHERE a.period = :period_start AND a.considered_on IS NOT NULL AND a.outcome IS NULL
