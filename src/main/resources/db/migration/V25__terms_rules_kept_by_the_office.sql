-- Statutory terms as the office's data (terms load), replacing V5's deadline_rule, and a deadline that explains
-- itself. Three things V5 got wrong are fixed here:
--   * a term the prosecutor writes below the law's minimum is counted with the minimum (V5's clamp capped it at the
--     written term itself when a rule had no maximum: a protest with term_days 5 counted 5 days, not 10);
--   * a protest to a court follows procedural law: no term under this law, never overdue (V5 gave it 10 days);
--   * terms may be counted in calendar days, working days or months.

-- A version of the term of an act type, for one addressee kind or (addressee_kind NULL) for every kind no other
-- version of the type names; the version in force on the act's issue date applies.
CREATE TABLE term_rule (
    id                serial       PRIMARY KEY,
    act_type          varchar(32)  NOT NULL,
    addressee_kind    varchar(32),
    valid_from        date         NOT NULL,
    valid_to          date,
    -- the term when the prosecutor sets none; NULL: no term (never overdue)
    term              integer      CHECK (term > 0),
    term_unit         varchar(16)  CHECK (term_unit IN ('CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS')),
    -- the bounds of a term the prosecutor writes (term_days, calendar days); both NULL: the prosecutor sets none
    min_term          integer      CHECK (min_term > 0),
    max_term          integer      CHECK (max_term > 0),
    -- results and measures reported to the prosecutor within this term after consideration
    report_term       integer      CHECK (report_term > 0),
    report_term_unit  varchar(16)  CHECK (report_term_unit IN ('CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS')),
    legal_basis       text         NOT NULL CHECK (legal_basis <> ''),
    -- the same in Kazakh, for the state-language reports; NULL: legal_basis is shown in both
    legal_basis_kk    text,
    CHECK ((term IS NULL) = (term_unit IS NULL)),
    CHECK ((report_term IS NULL) = (report_term_unit IS NULL)),
    CHECK (min_term IS NULL OR max_term IS NULL OR min_term <= max_term),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO term_rule (act_type, addressee_kind, valid_from, term, term_unit, min_term, max_term, report_term,
                       report_term_unit, legal_basis, legal_basis_kk) VALUES
-- 10 calendar days; the prosecutor may set another term, but not under 10 days
('PROTEST',     NULL,    '2011-01-01', 10,   'CALENDAR_DAYS', 10,   NULL, NULL, NULL,
 'Закон № 374-IV, ст. 19(3)', 'Заң № 374-IV, 19-бап 3-тармақ'),
-- a protest to a court is considered under procedural law: no term under this one
('PROTEST',     'COURT', '2011-01-01', NULL, NULL,            NULL, NULL, NULL, NULL,
 'Закон № 374-IV, ст. 19(3): протест в суд рассматривается по процессуальному закону',
 'Заң № 374-IV, 19-бап 3-тармақ: сотқа наразылық процестік заң бойынша қаралады'),
-- the term the prosecutor sets, at most 30 calendar days; results reported within 3 working days of consideration
('SUBMISSION',  NULL,    '2011-01-01', 30,   'CALENDAR_DAYS', 1,    30,   3,    'WORKING_DAYS',
 'Закон № 374-IV, ст. 25(2)', 'Заң № 374-IV, 25-бап 2-тармақ'),
('WARNING',     NULL,    '2011-01-01', NULL, NULL,            NULL, NULL, NULL, NULL,
 'Закон № 374-IV, ст. 25-1', 'Заң № 374-IV, 25-1-бап'),
('APPEAL',      NULL,    '2011-01-01', NULL, NULL,            NULL, NULL, NULL, NULL,
 'Закон № 374-IV, ст. 25-2', 'Заң № 374-IV, 25-2-бап'),
('EXPLANATION', NULL,    '2011-01-01', NULL, NULL,            NULL, NULL, NULL, NULL,
 'Закон № 374-IV, ст. 26', 'Заң № 374-IV, 26-бап'),
-- the term the prosecutor sets, if any
('INSTRUCTION', NULL,    '2011-01-01', NULL, NULL,            1,    NULL, NULL, NULL,
 'Закон № 374-IV: срок устанавливает прокурор', 'Заң № 374-IV: мерзімді прокурор белгілейді'),
('RESOLUTION',  NULL,    '2011-01-01', NULL, NULL,            1,    NULL, NULL, NULL,
 'Закон № 374-IV: срок устанавливает прокурор', 'Заң № 374-IV: мерзімді прокурор белгілейді'),
-- binding on the addressee
('DEMAND',      NULL,    '2011-01-01', NULL, NULL,            1,    NULL, NULL, NULL,
 'Закон № 374-IV, ст. 6(3): срок устанавливает прокурор', 'Заң № 374-IV, 6-бап 3-тармақ: мерзімді прокурор белгілейді');

-- An act takes the one version in force on its issue date for its type and addressee kind: two such versions in
-- force on the same day would give it two deadlines. terms load refuses that with the file's lines; this refuses it
-- for any other change.
CREATE FUNCTION term_rules_do_not_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    clash record;
BEGIN
    SELECT a.act_type, coalesce(a.addressee_kind, '*') AS addressee_kind, b.valid_from AS day INTO clash
    FROM term_rule a
    JOIN term_rule b ON b.act_type = a.act_type AND b.addressee_kind IS NOT DISTINCT FROM a.addressee_kind
                    AND b.id <> a.id AND b.valid_from >= a.valid_from
    WHERE a.valid_to IS NULL OR a.valid_to >= b.valid_from
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'two term rules of % for addressee kind % are in force on %', clash.act_type,
            clash.addressee_kind, clash.day USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER term_rules_do_not_overlap AFTER INSERT OR UPDATE ON term_rule
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION term_rules_do_not_overlap();

-- The terms are a source of every deadline (V14): a change of them makes the current state stale.
CREATE TRIGGER term_rule_changes_current_state AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON term_rule
    FOR EACH STATEMENT EXECUTE FUNCTION current_state_source_changed();

-- Every version of every act of a current submission, with its deadlines and how each was reached: the version of
-- the terms it took, the day the term started, the term and its unit as applied,
-- the bound applied to a term the prosecutor wrote outside the law's, the term's last day, and the deadline: that
-- day, or the next working day when it is not one. A deadline in a provisional year of the calendar is marked.
DROP VIEW act_version;
CREATE VIEW act_version AS
SELECT r.submission_id, r.row_number, s.file_name, s.period, r.act_id, r.unit_code, ur.region_code,
       r.act_type, r.issued_on, r.addressee_kind, r.addressee, r.sphere, r.received_on, r.term_days,
       r.considered_on, r.outcome, r.reported_on, r.persons_disciplined, r.acts_revoked,
       r.amount_restored_kzt, r.record_ref,
       tr.id IS NOT NULL                 AS rule_found,
       -- the version taken, by its id: its legal basis is read through it, not copied into every act (that was
       -- 290 of an act's 530 bytes); a load of the terms makes the state stale, so an id never outlives its version
       tr.id                             AS term_rule_id,
       t.term_start_on,
       t.term,
       t.term_unit,
       t.term_bound,
       e.term_last_on,
       ce.next_working_day               AS deadline_on,
       tr.report_term,
       tr.report_term_unit,
       re.report_last_on,
       rc.next_working_day               AS report_deadline_on,
       coalesce(py.provisional, false) OR coalesce(ry.provisional, false) AS deadline_provisional
FROM act_row r
JOIN submission s ON s.id = r.submission_id AND s.is_current
JOIN unit_region ur ON ur.code = r.unit_code
-- the version for the act's addressee kind if there is one, else the one for every other kind: joins, which hash
-- the small table once (a lateral lookup per act cost 5.4 s over 1 000 000 acts, these 1.0 s)
LEFT JOIN term_rule ts
       ON ts.act_type = r.act_type AND ts.addressee_kind = r.addressee_kind
      AND r.issued_on >= ts.valid_from AND (ts.valid_to IS NULL OR r.issued_on <= ts.valid_to)
LEFT JOIN term_rule tg
       ON tg.act_type = r.act_type AND tg.addressee_kind IS NULL
      AND r.issued_on >= tg.valid_from AND (tg.valid_to IS NULL OR r.issued_on <= tg.valid_to)
LEFT JOIN term_rule tr ON tr.id = coalesce(ts.id, tg.id)
CROSS JOIN LATERAL (
    SELECT coalesce(r.received_on, r.issued_on) AS term_start_on,
           (tr.min_term IS NOT NULL OR tr.max_term IS NOT NULL) AND r.term_days IS NOT NULL AS prescribed
) p
CROSS JOIN LATERAL (
    SELECT p.term_start_on,
           CASE WHEN p.prescribed THEN greatest(least(r.term_days, coalesce(tr.max_term, r.term_days)),
                                                coalesce(tr.min_term, r.term_days))
                ELSE tr.term END AS term,
           CASE WHEN p.prescribed THEN 'CALENDAR_DAYS' ELSE tr.term_unit END AS term_unit,
           CASE WHEN p.prescribed AND r.term_days < tr.min_term THEN tr.min_term
                WHEN p.prescribed AND r.term_days > tr.max_term THEN tr.max_term END AS term_bound
) t
-- the last day of the term: a calendar-day term ends that many days after its start, a month term on the
-- same-numbered day that many months later (the month's last day when it has none, as date + interval gives it), a
-- working-day term on that many-th working day after its start (none past the calendar loaded)
LEFT JOIN calendar_index ws ON t.term_unit = 'WORKING_DAYS' AND ws.day = t.term_start_on
LEFT JOIN calendar_index ww ON ww.is_working AND ww.working_seq = ws.working_seq + t.term
CROSS JOIN LATERAL (
    SELECT CASE t.term_unit WHEN 'CALENDAR_DAYS' THEN t.term_start_on + t.term
                            WHEN 'MONTHS' THEN CAST(t.term_start_on + make_interval(months => t.term) AS date)
                            WHEN 'WORKING_DAYS' THEN ww.day END AS term_last_on
) e
-- the reporting term, counted the same way from the day of consideration
LEFT JOIN calendar_index rs ON tr.report_term_unit = 'WORKING_DAYS' AND rs.day = r.considered_on
LEFT JOIN calendar_index rw ON rw.is_working AND rw.working_seq = rs.working_seq + tr.report_term
CROSS JOIN LATERAL (
    SELECT CASE tr.report_term_unit WHEN 'CALENDAR_DAYS' THEN r.considered_on + tr.report_term
                                    WHEN 'MONTHS' THEN CAST(r.considered_on + make_interval(months => tr.report_term)
                                                            AS date)
                                    WHEN 'WORKING_DAYS' THEN rw.day END AS report_last_on
) re
LEFT JOIN calendar_index ce ON ce.day = e.term_last_on
LEFT JOIN calendar_index rc ON rc.day = re.report_last_on
LEFT JOIN calendar_year py ON py.year = extract(year FROM ce.next_working_day)
LEFT JOIN calendar_year ry ON ry.year = extract(year FROM rc.next_working_day);

-- The state takes the view's new columns: the table is made again from it and filled below.
DROP TABLE act;
CREATE TABLE act AS SELECT * FROM act_version WITH NO DATA;
ALTER TABLE act ADD CONSTRAINT act_key PRIMARY KEY (unit_code, act_id);
CREATE INDEX act_issued ON act (issued_on, region_code);
DELETE FROM current_state_build WHERE view_name = 'act';
DELETE FROM current_state_pending WHERE state_table = 'act';

DROP TABLE deadline_rule;
DROP FUNCTION deadline_rules_do_not_overlap();

-- act_status (V9) with how each deadline was reached, for the overdue register and the act's page.
DROP FUNCTION act_status(date, date, date);
CREATE FUNCTION act_status(p_from date, p_to date, p_as_of date)
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

SELECT current_state_update('act');

-- The finding of a written term not taken as written names the act and what was counted instead.
UPDATE quality_rule
SET message_kk = 'Прокурор белгілеген мерзім жазылғандай қабылданбады: {actual}',
    message_ru = 'Срок, установленный прокурором, не принят как написан: {actual}'
WHERE id = 'ACT_TERM_OUT_OF_BOUNDS';

-- Where the set of terms in force came from: each load of the whole set (terms load) is recorded.
CREATE TABLE term_rule_set (
    id         serial       PRIMARY KEY,
    source     text         NOT NULL CHECK (source <> ''),
    loaded_at  timestamptz  NOT NULL DEFAULT now()
);
