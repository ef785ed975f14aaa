-- Rows of the current files of the month that were rejected, one finding per column at fault.
SELECT s.unit_code, s.id, s.file_name, i.row_number, i.column_name, i.value, NULL, i.message_kk, i.message_ru
FROM submission s
JOIN submission_issue i ON i.submission_id = s.id AND i.row_number IS NOT NULL
WHERE s.is_current AND s.period = :period_start
