-- The units whose data the latest completed verification of a month keeps out of that month's reports (a finding of
-- severity ERROR), with their error counts. The reports leave out their acts and records of the current year and mark
-- them; a month never verified blocks nobody.
CREATE OR REPLACE FUNCTION blocked_units(p_period date)
RETURNS TABLE (unit_code varchar, errors integer)
LANGUAGE sql STABLE AS $$
    SELECT b.unit_code, b.errors
    FROM quality_blocked_unit b
    WHERE b.run_id = (SELECT max(r.id) FROM quality_run r WHERE r.period = p_period AND r.completed_at IS NOT NULL)
$$;
