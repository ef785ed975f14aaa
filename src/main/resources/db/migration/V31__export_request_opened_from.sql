-- A region's units opened under its row on a republic export's page are an export of that region by unit, asked
-- for once per region and kept with the export it opens from: opening the row again (or another person opening
-- it) reads the same file, and the history does not list it as a report of its own (docs/web-and-api.md).
ALTER TABLE export_request ADD COLUMN opened_from bigint REFERENCES export_request (id);
CREATE UNIQUE INDEX export_request_one_opening ON export_request (opened_from, region_code)
    WHERE opened_from IS NOT NULL AND status <> 'FAILED';
