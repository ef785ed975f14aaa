-- The data rows a finished export wrote, so that its page and the API still tell them after the server that wrote it
-- forgot its progress (docs/web-and-api.md, "Exports").
ALTER TABLE export_request ADD COLUMN rows_written bigint;
