-- The current state (materialized views act and special_record, V6) is rebuilt from its sources only when one of
-- them changed since the view's last rebuild. A night that brings no new file no longer recomputes the whole
-- history, nor holds the exclusive lock a rebuild takes, during which analysts' exports wait.
--
-- Every statement that changes a source records its transaction; a rebuild records the snapshot it started from.
-- A view is stale when a recorded transaction is not visible in that snapshot: committed after it, or still
-- running then. This needs no lock between loads and rebuilds and cannot miss a change that commits while a
-- rebuild runs (it is seen, at worst, as a reason to rebuild once more).
--
-- The sources are every table the two views read: act_row, record_row, submission, deadline_rule, unit (through
-- unit_region) and calendar_day (through calendar_index, rebuilt by its own trigger in the same transaction).
-- A view that reads another table must add it here.

CREATE TABLE current_state_change (
    changed_by xid8 PRIMARY KEY
);

CREATE TABLE current_state_build (
    view_name text        PRIMARY KEY CHECK (view_name IN ('act', 'special_record')),
    snapshot  pg_snapshot NOT NULL,
    built_at  timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION current_state_source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO current_state_change VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['act_row', 'record_row', 'submission', 'deadline_rule', 'unit', 'calendar_day'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_changes_current_state AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1$I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION current_state_source_changed()', source);
    END LOOP;
END $$;

-- Whether a view has to be rebuilt: never built through this table, or a change its last rebuild did not see.
CREATE FUNCTION current_state_stale(p_view text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM current_state_build WHERE view_name = p_view)
        OR EXISTS (SELECT 1 FROM current_state_change c JOIN current_state_build b ON b.view_name = p_view
                   WHERE NOT pg_visible_in_snapshot(c.changed_by, b.snapshot))
$$;

-- Records the snapshot a rebuild starts from: taken before its REFRESH, which sees at least as much.
CREATE FUNCTION current_state_rebuilding(p_view text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO current_state_build (view_name, snapshot) VALUES (p_view, pg_current_snapshot())
    ON CONFLICT (view_name) DO UPDATE SET snapshot = excluded.snapshot, built_at = now();
$$;

-- Forgets the changes every view's last rebuild has seen; run after the rebuilds, in a short transaction of its
-- own, so that two rebuilds side by side do not wait on each other's deletions.
CREATE FUNCTION current_state_forget_seen_changes() RETURNS void LANGUAGE sql AS $$
    DELETE FROM current_state_change c
    WHERE (SELECT count(*) FROM current_state_build) = 2
      AND (SELECT bool_and(pg_visible_in_snapshot(c.changed_by, b.snapshot)) FROM current_state_build b);
$$;
