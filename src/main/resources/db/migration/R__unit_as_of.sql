-- Every unit ever listed, as a month knows it: as the list in force in the month holds it (listed), or, for a unit
-- that list does not hold, as it was last listed before the month, else as it was first listed after it. A month's
-- pages and reports name even the units closed by then, which earlier figures may still hold.
CREATE OR REPLACE FUNCTION unit_as_of(p_month date)
    RETURNS TABLE (code varchar, sort_order integer, name_kk text, name_ru text, listed boolean)
    LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ON (l.code) l.code, l.sort_order, l.name_kk, l.name_ru,
           p_month BETWEEN f.valid_from AND f.valid_to
    FROM unit_listed l JOIN unit_list_in_force f ON f.version = l.version
    ORDER BY l.code, f.valid_from > p_month, CASE WHEN f.valid_from <= p_month THEN f.valid_from END DESC,
             f.valid_from
$$;
