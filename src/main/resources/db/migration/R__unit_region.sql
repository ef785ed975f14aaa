-- The region-level unit a unit belongs to (itself for a region), and whether it is a region: the acts and records of
-- the current state take their region_code through it.
CREATE OR REPLACE VIEW unit_region AS
SELECT u.code, left(u.code, 2) AS region_code, length(u.code) = 2 AS is_region
FROM unit u;
