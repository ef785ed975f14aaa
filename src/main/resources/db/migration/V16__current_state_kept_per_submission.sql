-- The current state (act, special_record) was a pair of materialized views, rebuilt whole from the history after
-- every collection that brought anything: a night's cost grew with the history, not with the night (1 000 000 acts:
-- 6.3 s; after a year of national months, minutes, and CONCURRENTLY half as much again). They become tables kept
-- per submission: a submission that becomes current, stops being current or changes what the state copies of it
-- is recorded as pending; bringing the state up to date recomputes only the acts and records those submissions
-- hold, from the history, by the same definition as a whole rebuild. A whole rebuild remains for what every act may
-- depend on (the calendar, the deadline rules, the units' regions: V14 records their changes), for history rows
-- changed or removed (no collection does either), and for a night that brings a large share of the state anyway
-- (it is then the cheaper way).

-- Every version of every act of a current submission, with the deadlines it would have if it were the latest.
-- The state is the latest version of each act; a whole rebuild and an update of some acts select it alike.
CREATE VIEW act_version AS
SELECT r.submission_id, r.row_number, s.file_name, s.period, r.act_id, r.unit_code, ur.region_code,
       r.act_type, r.issued_on, r.addressee_kind, r.addressee, r.sphere, r.received_on, r.term_days,
       r.considered_on, r.outcome, r.reported_on, r.persons_disciplined, r.acts_revoked,
       r.amount_restored_kzt, r.record_ref, t.rule_found, t.effective_term_days, t.report_working_days,
       ce.next_working_day AS deadline_on,
       rw.day              AS report_deadline_on
FROM act_row r
JOIN submission s ON s.id = r.submission_id AND s.is_current
JOIN unit_region ur ON ur.code = r.unit_code
LEFT JOIN deadline_rule dr
       ON dr.act_type = r.act_type
      AND r.issued_on >= dr.valid_from
      AND (dr.valid_to IS NULL OR r.issued_on <= dr.valid_to)
CROSS JOIN LATERAL (
    SELECT dr.act_type IS NOT NULL AS rule_found,
           dr.report_working_days,
           CASE
               WHEN dr.prescribed_term_allowed AND r.term_days IS NOT NULL
                   THEN least(greatest(r.term_days, coalesce(dr.prescribed_min_days, r.term_days)),
                              coalesce(dr.prescribed_max_days, r.term_days))
               ELSE dr.response_days
           END AS effective_term_days
) t
LEFT JOIN calendar_index ce ON ce.day = coalesce(r.received_on, r.issued_on) + t.effective_term_days
LEFT JOIN calendar_index cc ON cc.day = r.considered_on AND t.report_working_days IS NOT NULL
LEFT JOIN calendar_index rw ON rw.is_working AND rw.working_seq = cc.working_seq + t.report_working_days;

CREATE VIEW record_version AS
SELECT r.submission_id, r.row_number, r.record_id, r.unit_code, r.registered_on, r.article, r.category, r.status,
       r.decided_on, s.period, s.file_name, ur.region_code
FROM record_row r
JOIN submission s ON s.id = r.submission_id AND s.is_current
JOIN unit_region ur ON ur.code = r.unit_code;

-- An act takes the one rule in force on its issue date: two rules of a type in force on the same day would give it
-- two deadlines. The views refused that at their rebuild, far from its cause; it is refused where it is made.
CREATE FUNCTION deadline_rules_do_not_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    clash record;
BEGIN
    SELECT a.act_type, a.valid_from AS earlier, b.valid_from AS later INTO clash
    FROM deadline_rule a
    JOIN deadline_rule b ON b.act_type = a.act_type AND b.valid_from > a.valid_from
    WHERE a.valid_to IS NULL OR a.valid_to >= b.valid_from
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'deadline rules of % from % and from % are both in force on %', clash.act_type,
            clash.earlier, clash.later, clash.later USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER deadline_rules_do_not_overlap AFTER INSERT OR UPDATE ON deadline_rule
    FOR EACH STATEMENT EXECUTE FUNCTION deadline_rules_do_not_overlap();

-- The views become tables of the same columns, filled at the end of this migration (no rebuild is recorded yet).
CREATE TABLE act_state AS SELECT * FROM act_version WITH NO DATA;
DROP MATERIALIZED VIEW act;
ALTER TABLE act_state RENAME TO act;
ALTER TABLE act ADD CONSTRAINT act_key PRIMARY KEY (unit_code, act_id);
CREATE INDEX act_issued ON act (issued_on, region_code);

CREATE TABLE special_record_state AS SELECT * FROM record_version WITH NO DATA;
DROP MATERIALIZED VIEW special_record;
ALTER TABLE special_record_state RENAME TO special_record;
ALTER TABLE special_record ADD CONSTRAINT special_record_key PRIMARY KEY (record_id);
CREATE INDEX special_record_registered ON special_record (registered_on, region_code);

DELETE FROM current_state_build;

-- What the state has yet to take in: per table of the state, the submissions whose rows are to be looked at again.
CREATE TABLE current_state_pending (
    state_table    text    NOT NULL CHECK (state_table IN ('act', 'special_record')),
    submission_id  bigint  NOT NULL,
    PRIMARY KEY (state_table, submission_id)
);

-- V14 recorded every change of the history as a reason to rebuild whole; now only what names no submission (a
-- TRUNCATE; for rows, see below). Its other sources (deadline_rule, unit, calendar_day) keep recording every change.
DROP TRIGGER act_row_changes_current_state ON act_row;
DROP TRIGGER record_row_changes_current_state ON record_row;
DROP TRIGGER submission_changes_current_state ON submission;
CREATE TRIGGER submission_truncated_changes_current_state AFTER TRUNCATE ON submission
    FOR EACH STATEMENT EXECUTE FUNCTION current_state_source_changed();

CREATE FUNCTION current_state_table_of(p_kind text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_kind WHEN 'acts' THEN 'act' WHEN 'records' THEN 'special_record' END
$$;

-- A submission matters to the state while it is current: when it becomes current, stops being current, or changes
-- what the state copies of it (its month and file name) while current. One row trigger: submissions change a few
-- at a time, one per file.
CREATE FUNCTION submission_changes_current_state() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    -- OLD is NULL for an INSERT and NEW for a DELETE
    changed boolean := TG_OP <> 'UPDATE' OR (OLD.is_current, OLD.kind, OLD.period, OLD.file_name)
                                            IS DISTINCT FROM (NEW.is_current, NEW.kind, NEW.period, NEW.file_name);
BEGIN
    INSERT INTO current_state_pending
    SELECT current_state_table_of(s.kind), s.id
    FROM (SELECT OLD.kind, OLD.id WHERE OLD.is_current
          UNION ALL
          SELECT NEW.kind, NEW.id WHERE NEW.is_current) s (kind, id)
    WHERE changed AND current_state_table_of(s.kind) IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER submission_changes_current_state AFTER INSERT OR UPDATE OR DELETE ON submission
    FOR EACH ROW EXECUTE FUNCTION submission_changes_current_state();

-- Rows written into a submission that is already current (the loader writes them before it makes the submission
-- current; tests and benchmarks may not): per statement, over its transition table, one pass over the rows. Rows
-- changed or removed no longer say which acts they were, and no collection does either (the history keeps its
-- rows): that is a reason to rebuild whole, as a TRUNCATE is.
CREATE FUNCTION rows_added_to_current_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO current_state_pending
    SELECT TG_ARGV[0], s.id FROM submission s
    WHERE s.is_current AND s.id IN (SELECT submission_id FROM new_rows)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER act_row_inserted_changes_current_state AFTER INSERT ON act_row
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_added_to_current_state('act');
CREATE TRIGGER act_row_changed_changes_current_state AFTER UPDATE OR DELETE OR TRUNCATE ON act_row
    FOR EACH STATEMENT EXECUTE FUNCTION current_state_source_changed();
CREATE TRIGGER record_row_inserted_changes_current_state AFTER INSERT ON record_row
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_added_to_current_state('special_record');
CREATE TRIGGER record_row_changed_changes_current_state AFTER UPDATE OR DELETE OR TRUNCATE ON record_row
    FOR EACH STATEMENT EXECUTE FUNCTION current_state_source_changed();

-- Which units' acts each submission holds. An act's versions all carry its unit, so an update reads only the
-- submissions that hold acts of its acts' units instead of the whole history (a register over 1 000 000 acts:
-- 0.23-0.36 s against 1.3 s). Kept by the history's inserts and updates; a pair left by rows removed only widens what
-- is read.
CREATE TABLE submission_act_unit (
    unit_code      varchar(4)  NOT NULL,
    submission_id  bigint      NOT NULL,
    PRIMARY KEY (unit_code, submission_id)
);

INSERT INTO submission_act_unit SELECT DISTINCT unit_code, submission_id FROM act_row;

CREATE FUNCTION act_rows_record_their_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO submission_act_unit SELECT DISTINCT unit_code, submission_id FROM new_rows ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER act_row_inserted_records_units AFTER INSERT ON act_row
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION act_rows_record_their_units();
CREATE TRIGGER act_row_updated_records_units AFTER UPDATE ON act_row
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION act_rows_record_their_units();

-- Brings one table of the state up to date and says how: 'kept' (nothing pending), 'rebuilt' (whole), or
-- 'updated <n>' (n acts or records recomputed). Readers are never kept out: a whole rebuild replaces the rows in
-- one transaction, which readers see only once it commits. Two updates of the same table take turns.
--
-- A whole rebuild when V14 says something every row depends on changed, when the table is empty (its first
-- filling), or when the pending submissions hold more than a third as many rows as the table: an update deletes
-- and writes back each of its acts through the indexes, a rebuild writes them all once, so past that share the
-- rebuild is the cheaper (an update of 58 % of 1 000 000 acts cost what rebuilding them all did).
CREATE FUNCTION current_state_update(p_table text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    key_columns      text := CASE p_table WHEN 'act' THEN 'unit_code, act_id'
                                          WHEN 'special_record' THEN 'record_id' END;
    versions         text := CASE p_table WHEN 'act' THEN 'act_version' ELSE 'record_version' END;
    row_table        text := CASE p_table WHEN 'act' THEN 'act_row' ELSE 'record_row' END;
    -- the latest version of each key among those the condition (%s) admits: one definition for both ways
    insert_latest    text := format('INSERT INTO %I SELECT DISTINCT ON (%s) * FROM %I WHERE %%s ORDER BY %s, '
                                    'period DESC, submission_id DESC, row_number DESC',
                                    p_table, key_columns, versions, key_columns);
    taken            bigint[];
    pending_rows     bigint;
    state_rows       bigint;
    keys             bigint;
    first_filling    boolean;
    later_indexes    text[] := '{}';
    index_name       text;
    index_definition text;
    units            text[];
    scope            bigint[];
    narrowing        text := '';
BEGIN
    IF key_columns IS NULL THEN
        RAISE EXCEPTION 'no table % in the current state', p_table;
    END IF;
    EXECUTE format('LOCK TABLE %I IN SHARE ROW EXCLUSIVE MODE', p_table);

    -- taken out first: a submission that becomes pending from here on is left for the next update
    WITH done AS (DELETE FROM current_state_pending WHERE state_table = p_table RETURNING submission_id)
    SELECT coalesce(array_agg(submission_id), '{}') INTO taken FROM done;

    IF NOT current_state_stale(p_table) THEN
        IF cardinality(taken) = 0 THEN
            RETURN 'kept';
        END IF;
        EXECUTE format('SELECT count(*) FROM %I WHERE submission_id = ANY ($1)', row_table) INTO pending_rows
            USING taken;
        EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM %I LIMIT $1) t', p_table) INTO state_rows
            USING 3 * pending_rows;
        IF state_rows >= 3 * pending_rows THEN
            EXECUTE format('CREATE TEMPORARY TABLE current_state_keys ON COMMIT DROP AS '
                           'SELECT DISTINCT %s FROM %I WHERE submission_id = ANY ($1)', key_columns, row_table)
                USING taken;
            GET DIAGNOSTICS keys = ROW_COUNT;
            ANALYZE current_state_keys;
            IF p_table = 'act' THEN
                SELECT array_agg(DISTINCT unit_code) INTO units FROM current_state_keys;
                SELECT coalesce(array_agg(submission_id), '{}') INTO scope FROM submission_act_unit
                WHERE unit_code = ANY (units);
                narrowing := 'unit_code = ANY ($1) AND submission_id = ANY ($2) AND ';
            END IF;
            EXECUTE format('DELETE FROM %1$I WHERE %3$s (%2$s) IN (SELECT %2$s FROM current_state_keys)',
                           p_table, key_columns, narrowing) USING units, scope;
            EXECUTE format(insert_latest, format('%1$s (%2$s) IN (SELECT %2$s FROM current_state_keys)',
                                                 narrowing, key_columns)) USING units, scope;
            DROP TABLE current_state_keys;
            -- no ANALYZE: a night's share of the state hardly moves its statistics (autovacuum keeps them), and
            -- sampling the table would cost more than the update (0.3 s over 1 000 000 acts)
            RETURN 'updated ' || keys;
        END IF;
    END IF;

    PERFORM current_state_rebuilding(p_table);
    EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM %I)', p_table) INTO first_filling;
    IF first_filling THEN
        -- Indexes other than the key are built after the rows, at a third of the cost of keeping them up row by
        -- row (1 000 000 acts: 6.5 s against 8.9 s). Dropping one keeps readers out until this commits: an empty
        -- table has nothing to read yet.
        FOR index_name, index_definition IN
            SELECT x.indexrelid::regclass::text, pg_get_indexdef(x.indexrelid) FROM pg_index x
            WHERE x.indrelid = p_table::regclass AND NOT x.indisprimary
        LOOP
            later_indexes := later_indexes || index_definition;
            EXECUTE 'DROP INDEX ' || index_name;
        END LOOP;
    ELSE
        EXECUTE format('DELETE FROM %I', p_table);
    END IF;
    -- in key order, as DISTINCT ON gives them: the key's index grows at its end
    EXECUTE format(insert_latest, 'true');
    FOREACH index_definition IN ARRAY later_indexes LOOP
        EXECUTE index_definition;
    END LOOP;
    EXECUTE format('ANALYZE %I', p_table);
    RETURN 'rebuilt';
END $$;

-- Filled here, so that reports read the same state right after this migration as before it.
SELECT current_state_update('act');
SELECT current_state_update('special_record');
