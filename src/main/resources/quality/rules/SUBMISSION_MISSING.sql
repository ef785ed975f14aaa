-- Units obliged to send a kind for the month that have no loaded file of it.
SELECT o.unit_code, NULL::bigint, NULL, NULL::integer, NULL, o.kind, NULL, k.name_kk, k.name_ru
FROM reporting_obligation o
JOIN code_list k ON k.domain = 'SUBMISSION_KIND' AND k.code = o.kind
WHERE o.valid_from <= :period_start AND (o.valid_to IS NULL OR o.valid_to >= :period_end)
  AND NOT EXISTS (SELECT 1 FROM submission s
                  WHERE s.kind = o.kind AND s.unit_code = o.unit_code AND s.period = :period_start AND s.is_current)
