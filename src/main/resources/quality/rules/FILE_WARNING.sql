-- Warnings on the current files of the month, such as unknown columns that were ignored.
SELECT s.unit_code, s.id, s.file_name, NULL::integer, i.column_name, i.value, NULL, i.message_kk, i.message_ru
FROM submission s
JOIN submission_issue i ON i.submission_id = s.id AND i.row_number IS NULL AND i.severity = 'WARNING'
WHERE s.is_current AND s.period = :period_start
