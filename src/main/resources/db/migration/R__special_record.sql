-- The current state of the special records: the latest version of every record (by its number alone: a correction
-- may move it to another unit) among the current submissions, with its region.
CREATE OR REPLACE VIEW special_record AS
SELECT r.submission_id, r.row_number, r.record_id, r.unit_code, r.registered_on, r.article, r.category, r.status,
       r.decided_on, r.period, s.file_name, left(r.unit_code, 2) AS region_code
FROM record_row r
JOIN submission s ON s.id = r.submission_id AND s.is_current
WHERE NOT r.superseded;
