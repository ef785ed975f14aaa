-- The verification a month's reports rest on: the month's latest completed one; for the month in progress, which no
-- verification has closed yet, the latest completed one of any earlier month, so that a unit blocked for its errors is
-- not counted in preliminary figures (docs/reports.md, "Preliminary data"). Null when there is none.
CREATE OR REPLACE FUNCTION verification_for_reports(p_period date)
RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT max(r.id) FROM quality_run r WHERE r.period = p_period AND r.completed_at IS NOT NULL),
        (SELECT r.id FROM quality_run r
         WHERE r.period < p_period AND r.completed_at IS NOT NULL
           AND p_period >= date_trunc('month', now() AT TIME ZONE 'Asia/Almaty')::date
         ORDER BY r.period DESC, r.id DESC LIMIT 1))
$$;

-- The units whose data that verification keeps out of the month's reports (a finding of severity ERROR), with their
-- error counts. The reports leave out their acts and records of the current year and mark them; a past month never
-- verified blocks nobody.
CREATE OR REPLACE FUNCTION blocked_units(p_period date)
RETURNS TABLE (unit_code varchar, errors integer)
LANGUAGE sql STABLE AS $$
    SELECT b.unit_code, b.errors
    FROM quality_blocked_unit b
    WHERE b.run_id = verification_for_reports(p_period)
$$;
