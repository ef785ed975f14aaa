-- A units' list kept only what it changed: the unit table held the latest names, and a unit the month it was closed
-- from. Each list now keeps the units it holds, as loaded, and a month's units are those of the list in force in it:
-- a unit listed again stays closed in the months between, a unit a list adds is not there before it, and a month's
-- pages and reports name the units as the list in force then did.

CREATE TABLE unit_listed (
    version    integer    NOT NULL REFERENCES unit_list (version) ON DELETE CASCADE,
    code       varchar(4) NOT NULL REFERENCES unit (code),
    sort_order integer    NOT NULL,
    name_kk    text       NOT NULL,
    name_ru    text       NOT NULL,
    PRIMARY KEY (version, code)
);

-- The lists loaded before this did not keep their units: each is given the units open in its month, with their
-- names of today (a unit a later list added counts as held by the earlier lists too: nothing recorded otherwise).
INSERT INTO unit_listed (version, code, sort_order, name_kk, name_ru)
SELECT l.version, u.code, u.sort_order, u.name_kk, u.name_ru
FROM unit_list l JOIN unit u ON u.closed_from IS NULL OR u.closed_from > l.valid_from;

ALTER TABLE unit DROP COLUMN closed_from;

-- The months each list is in force: from its month up to the month of the next list; of lists from the same month,
-- the one loaded last. The first one holds for every month before it too: no unit is older than the first list.
CREATE VIEW unit_list_in_force AS
SELECT version,
       CASE WHEN lag(valid_from) OVER months IS NULL THEN DATE '-infinity' ELSE valid_from END AS valid_from,
       coalesce(lead(valid_from) OVER months - 1, DATE 'infinity') AS valid_to
FROM (SELECT DISTINCT ON (valid_from) version, valid_from FROM unit_list ORDER BY valid_from, version DESC) l
WINDOW months AS (ORDER BY valid_from);

-- Every unit ever listed as a month knows it: as the list in force in the month holds it (listed), or, for a unit
-- that list does not hold, as it was last listed before the month, else as it was first listed after it. A month's
-- pages and reports name even the units closed by then, which earlier figures may still hold.
CREATE FUNCTION unit_as_of(p_month date)
    RETURNS TABLE (code varchar, sort_order integer, name_kk text, name_ru text, listed boolean)
    LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ON (l.code) l.code, l.sort_order, l.name_kk, l.name_ru,
           p_month BETWEEN f.valid_from AND f.valid_to
    FROM unit_listed l JOIN unit_list_in_force f ON f.version = l.version
    ORDER BY l.code, f.valid_from > p_month, CASE WHEN f.valid_from <= p_month THEN f.valid_from END DESC,
             f.valid_from
$$;
