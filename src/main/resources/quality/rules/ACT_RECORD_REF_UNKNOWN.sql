SELECT a.unit_code, a.submission_id, a.file_name, a.row_number, 'record_ref', a.record_ref, NULL, NULL, NULL
FROM act a
WHERE a.period = :period_start AND a.record_ref IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM special_record r WHERE r.record_id = a.record_ref)
