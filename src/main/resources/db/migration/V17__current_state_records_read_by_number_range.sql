-- V16 recomputes a night's records from the whole history of records: an extract of 50 000 records re-sent over a
-- history of 1 000 000 read all of it (0.7 s), and every month of history adds as much. A record's versions carry
-- no common unit (its key is the record number alone, and a correction may move it), but they carry its number:
-- each submission's first and last record number are kept, and an update reads only the submissions whose range
-- overlaps a pending one's. Always complete; narrow where numbers are given per territory, as registration numbers
-- are (a region's extract spans its own numbers only), and no worse than V16 where they are not.

CREATE TABLE submission_record_range (
    submission_id    bigint       PRIMARY KEY,
    first_record_id  varchar(32)  NOT NULL,
    last_record_id   varchar(32)  NOT NULL
);

INSERT INTO submission_record_range
SELECT submission_id, min(record_id), max(record_id) FROM record_row GROUP BY submission_id;

-- Kept by the history's inserts and updates (a range only widens: one left wide by rows changed or removed only
-- widens what is read).
CREATE FUNCTION record_rows_record_their_range() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO submission_record_range
    SELECT submission_id, min(record_id), max(record_id) FROM new_rows GROUP BY submission_id
    ON CONFLICT (submission_id) DO UPDATE
        SET first_record_id = least(submission_record_range.first_record_id, excluded.first_record_id),
            last_record_id = greatest(submission_record_range.last_record_id, excluded.last_record_id);
    RETURN NULL;
END $$;

CREATE TRIGGER record_row_inserted_records_range AFTER INSERT ON record_row
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_rows_record_their_range();
CREATE TRIGGER record_row_updated_records_range AFTER UPDATE ON record_row
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_rows_record_their_range();

-- V16's update, the records narrowed as the acts are.
CREATE OR REPLACE FUNCTION current_state_update(p_table text) RETURNS text LANGUAGE plpgsql AS $$
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
            ELSE
                -- the keys of a pending submission lie within its range, so every version of them lies in a
                -- submission whose range overlaps it
                SELECT coalesce(array_agg(DISTINCT other.submission_id), '{}') INTO scope
                FROM submission_record_range pending
                JOIN submission_record_range other
                  ON other.first_record_id <= pending.last_record_id
                 AND other.last_record_id >= pending.first_record_id
                WHERE pending.submission_id = ANY (taken);
                narrowing := 'submission_id = ANY ($2) AND ';
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
