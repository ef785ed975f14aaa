-- Files of the month rejected whole, unless a later version of the same (kind, unit, month) was loaded.
SELECT s.unit_code, s.id, s.file_name, NULL::integer, NULL, NULL, NULL, i.message_kk, i.message_ru
FROM submission s
JOIN submission_issue i ON i.submission_id = s.id AND i.row_number IS NULL AND i.severity = 'ERROR'
WHERE s.status = 'REJECTED' AND s.period = :period_start
  AND NOT EXISTS (SELECT 1 FROM submission c
                  WHERE c.kind = s.kind AND c.unit_code = s.unit_code AND c.period = s.period
                    AND c.is_current AND c.version > s.version)
