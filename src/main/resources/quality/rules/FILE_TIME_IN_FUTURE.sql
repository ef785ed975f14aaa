-- Files dated later than they were collected, beyond the tolerance in minutes: the clock of the computer that saved
-- the file is wrong, and the file's time is what the on-time check reads as its delivery.
SELECT s.unit_code, s.id, s.file_name, NULL::integer, NULL,
       to_char(s.file_modified_at AT TIME ZONE 'Asia/Almaty', 'DD.MM.YYYY HH24:MI'),
       to_char(s.collected_at AT TIME ZONE 'Asia/Almaty', 'DD.MM.YYYY HH24:MI'), NULL, NULL
FROM submission s
WHERE s.is_current AND s.period = :period_start
  AND s.file_modified_at > s.collected_at + CAST(:tolerance AS integer) * interval '1 minute'
