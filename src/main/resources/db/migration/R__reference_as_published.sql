-- What the reference data offers the other features besides the units and code lists they name figures by: what
-- each unit must send, and from when to when (the units' list loaded by the office).
CREATE OR REPLACE VIEW reporting_due AS
SELECT unit_code, kind, valid_from, valid_to FROM reporting_obligation;
