-- The region-level unit a unit belongs to (itself for a region), and whether it is a region: a unit's code begins
-- with its region's (the views act and special_record read the region from the code the same way).
CREATE OR REPLACE VIEW unit_region AS
SELECT u.code, left(u.code, 2) AS region_code, length(u.code) = 2 AS is_region
FROM unit u;
