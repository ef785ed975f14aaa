-- The status of every act issued in a period on a day (the spec's definitions): considered, pending within its term,
-- unanswered past it, considered late, reported late, overdue and by how many days; with how each deadline was
-- reached, for the overdue register and the act's page. Reports and rules read acts through it.
CREATE OR REPLACE FUNCTION act_status(p_from date, p_to date, p_as_of date)
RETURNS TABLE (
    submission_id bigint, row_number integer, file_name text, period date,
    unit_code varchar, region_code varchar, act_id varchar, act_type varchar, addressee varchar,
    issued_on date, received_on date, deadline_on date, considered_on date, report_deadline_on date,
    reported_on date, outcome varchar, persons_disciplined integer, acts_revoked integer,
    amount_restored_kzt numeric, record_ref varchar,
    is_considered boolean, is_pending_within_term boolean, is_unanswered_past_term boolean,
    is_considered_late boolean, is_reported_late boolean, is_overdue boolean, days_late integer,
    addressee_kind varchar, term_days integer, term_rule_id integer, term_start_on date, term integer,
    term_unit varchar, term_bound integer, term_last_on date, report_term integer, report_term_unit varchar,
    report_last_on date, deadline_provisional boolean
)
LANGUAGE sql STABLE AS $$
    WITH s AS (
        SELECT a.*,
               coalesce(a.considered_on <= p_as_of, false) AS considered,
               coalesce(a.considered_on <= p_as_of, false) AND a.considered_on > a.deadline_on AS considered_late,
               a.reported_on <= p_as_of AND a.reported_on > a.report_deadline_on AS reported_after,
               coalesce(a.considered_on <= p_as_of, false) AND a.report_deadline_on < p_as_of
                   AND (a.reported_on IS NULL OR a.reported_on > p_as_of) AS unreported_past_term
        FROM act a
        WHERE a.issued_on BETWEEN p_from AND p_to
    )
    SELECT s.submission_id, s.row_number, s.file_name, s.period, s.unit_code, s.region_code, s.act_id, s.act_type,
           s.addressee, s.issued_on, s.received_on, s.deadline_on, s.considered_on, s.report_deadline_on,
           s.reported_on, s.outcome, s.persons_disciplined, s.acts_revoked, s.amount_restored_kzt, s.record_ref,
           s.considered,
           NOT s.considered AND (s.deadline_on IS NULL OR s.deadline_on >= p_as_of),
           NOT s.considered AND s.deadline_on < p_as_of,
           coalesce(s.considered_late, false),
           coalesce(s.reported_after, false) OR s.unreported_past_term,
           (NOT s.considered AND s.deadline_on < p_as_of) OR coalesce(s.considered_late, false)
               OR coalesce(s.reported_after, false) OR s.unreported_past_term,
           greatest(CASE WHEN NOT s.considered AND s.deadline_on < p_as_of THEN p_as_of - s.deadline_on END,
                    CASE WHEN s.considered_late THEN s.considered_on - s.deadline_on END,
                    CASE WHEN s.reported_after THEN s.reported_on - s.report_deadline_on END,
                    CASE WHEN s.unreported_past_term THEN p_as_of - s.report_deadline_on END),
           s.addressee_kind, s.term_days, s.term_rule_id, s.term_start_on, s.term, s.term_unit, s.term_bound,
           s.term_last_on, s.report_term, s.report_term_unit, s.report_last_on, s.deadline_provisional
    FROM s
$$;
