-- What the collection offers the other features, who read it through these views (and act, special_record and
-- form_value) and never its tables: every file taken, each version of a unit's file for a month with whether it is
-- current, its status and its counts; and which act each row of an acts register holds, so that a finding on a row
-- can name its act.
CREATE OR REPLACE VIEW submission_taken AS
SELECT id, kind, unit_code, period, version, is_current, status, file_name, file_path, size_bytes, file_modified_at,
       collected_at, rows_loaded, rows_rejected, job_execution_id
FROM submission;

CREATE OR REPLACE VIEW act_in_file AS
SELECT submission_id, row_number, act_id FROM act_row;
