-- The current state of the acts, as reports and rules read it: the latest version of every act among the current
-- submissions (V26: the history marks the versions a later one replaced), with its deadlines as derived when its row
-- was loaded, its region (a unit's code begins with its region's, as unit_region says; read from the code, not
-- joined: 10 000 000 acts are read by a year's report), and the reporting term of the version of the terms it took.
CREATE OR REPLACE VIEW act AS
SELECT r.submission_id, r.row_number, s.file_name, r.period, r.act_id, r.unit_code,
       left(r.unit_code, 2) AS region_code,
       r.act_type, r.issued_on, r.addressee_kind, r.addressee, r.sphere, r.received_on, r.term_days,
       r.considered_on, r.outcome, r.reported_on, r.persons_disciplined, r.acts_revoked,
       r.amount_restored_kzt, r.record_ref,
       r.term_rule_id IS NOT NULL AS rule_found,
       r.term_rule_id, r.term_start_on, r.term, r.term_unit, r.term_bound, r.term_last_on, r.deadline_on,
       tr.report_term, tr.report_term_unit, r.report_last_on, r.report_deadline_on, r.deadline_provisional
FROM act_row r
JOIN submission s ON s.id = r.submission_id AND s.is_current
LEFT JOIN term_rule tr ON tr.id = r.term_rule_id
WHERE NOT r.superseded;
