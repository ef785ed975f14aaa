-- Kinds whose first loaded version arrived after the due date (the day, in Almaty, the file was delivered).
WITH first_delivery AS (
    SELECT kind, unit_code, min((file_modified_at AT TIME ZONE 'Asia/Almaty')::date) AS delivered_on
    FROM submission
    WHERE period = :period_start AND status = 'LOADED'
    GROUP BY kind, unit_code
)
SELECT s.unit_code, s.id, s.file_name, NULL::integer, NULL, to_char(d.delivered_on, 'YYYY-MM-DD'),
       to_char(CAST(:due_date AS date), 'YYYY-MM-DD'), k.name_kk, k.name_ru
FROM first_delivery d
JOIN submission s ON s.kind = d.kind AND s.unit_code = d.unit_code AND s.period = :period_start AND s.is_current
JOIN code_list k ON k.domain = 'SUBMISSION_KIND' AND k.code = d.kind
WHERE d.delivered_on > CAST(:due_date AS date) + CAST(:tolerance AS integer)
