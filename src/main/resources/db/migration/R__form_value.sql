-- The form figures of every current submission, with its month, the unit that sent the form and its file: what the
-- form checks compare with the detailed data, never the figures of a file since replaced.
CREATE OR REPLACE VIEW form_value AS
SELECT s.period, s.unit_code AS submitting_unit, s.file_name, f.submission_id, f.row_number,
       f.unit_code, f.indicator, f.value
FROM form_row f
JOIN submission s ON s.id = f.submission_id AND s.is_current;
