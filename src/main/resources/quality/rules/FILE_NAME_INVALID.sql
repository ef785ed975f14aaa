-- Files collected since the month began whose name does not follow the contract; they were left alone.
SELECT NULL::varchar AS unit_code, s.id AS submission_id, s.file_name, NULL::integer AS row_number,
       NULL AS column_name, s.file_path AS value, NULL AS expected, NULL AS actual_kk, NULL AS actual_ru
FROM submission s
WHERE s.status = 'IGNORED' AND s.collected_at >= :period_start
