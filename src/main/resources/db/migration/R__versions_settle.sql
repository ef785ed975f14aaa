-- Which version of an act or a record is its current one: the latest among the current submissions, by month, then
-- by submission, then by row. A submission's load calls these in its own transaction, with the submission and any
-- it made no longer current, so that readers see the new state whole or not at all. Only the versions of the keys
-- those submissions hold are looked at, found through the history's key index: what this costs follows the night,
-- not the history. Returns the number of versions whose mark changed.
--
-- The plan must not depend on the history's statistics, which the load that calls this has just made stale (a
-- join planned on a one-row estimate of a history of 300 000 acts compared 200 million key pairs): every version is
-- reached through the key index and joined row by row, whatever the estimates say. The keys are looked up in the
-- index's order, which keeps its pages at hand (a register of 1 000 000 acts: 7-9 s in order, 14.9 s in the file's). A file's settling is mostly small
-- and frequent: compiling it (JIT: 28 ms a call) or starting workers (70 ms) cost more than it; its keys and
-- versions are sorted in memory (50 000 records spilled to disk at 4 MB).
--
-- Two loads may settle versions of one key side by side (a record's number is its key whatever unit sends it): each
-- kind's settling takes turns on an advisory lock held to commit, and each statement after it sees the other's rows.

CREATE OR REPLACE FUNCTION act_versions_settle(p_submissions bigint[]) RETURNS bigint LANGUAGE plpgsql
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
    SET jit = off SET max_parallel_workers_per_gather = 0 SET work_mem = '256MB' AS $$
DECLARE
    changed bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('act_versions_settle'));
    WITH keys AS MATERIALIZED (
        SELECT unit_code, act_id FROM act_row
        WHERE submission_id = ANY (p_submissions)
        GROUP BY 1, 2 ORDER BY 1, 2
    ), versions AS (
        SELECT v.submission_id, v.row_number, v.superseded,
               row_number() OVER (PARTITION BY k.unit_code, k.act_id
                                  ORDER BY s.period DESC, s.id DESC, v.row_number DESC) > 1 AS replaced
        FROM keys k
        JOIN act_row v ON v.unit_code = k.unit_code AND v.act_id = k.act_id
        JOIN submission s ON s.id = v.submission_id AND s.is_current
    )
    UPDATE act_row a SET superseded = v.replaced
    FROM versions v
    WHERE v.superseded <> v.replaced AND a.submission_id = v.submission_id AND a.row_number = v.row_number;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;

CREATE OR REPLACE FUNCTION record_versions_settle(p_submissions bigint[]) RETURNS bigint LANGUAGE plpgsql
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
    SET jit = off SET max_parallel_workers_per_gather = 0 SET work_mem = '256MB' AS $$
DECLARE
    changed bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('record_versions_settle'));
    WITH keys AS MATERIALIZED (
        SELECT record_id FROM record_row WHERE submission_id = ANY (p_submissions)
        GROUP BY 1 ORDER BY 1
    ), versions AS (
        SELECT v.submission_id, v.row_number, v.superseded,
               row_number() OVER (PARTITION BY k.record_id ORDER BY s.period DESC, s.id DESC, v.row_number DESC) > 1
                   AS replaced
        FROM keys k
        JOIN record_row v ON v.record_id = k.record_id
        JOIN submission s ON s.id = v.submission_id AND s.is_current
    )
    UPDATE record_row a SET superseded = v.replaced
    FROM versions v
    WHERE v.superseded <> v.replaced AND a.submission_id = v.submission_id AND a.row_number = v.row_number;
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END $$;

-- The one a submission's kind calls for (a form's lines have no versions: 0).
CREATE OR REPLACE FUNCTION versions_settle(p_kind text, p_submissions bigint[]) RETURNS bigint LANGUAGE sql AS $$
    SELECT CASE p_kind WHEN 'acts' THEN act_versions_settle(p_submissions)
                       WHEN 'records' THEN record_versions_settle(p_submissions)
                       ELSE 0 END
$$;
