-- A row rule missing its findings: refused with what a row rule needs.
-- over act
-- when
a.outcome IS NULL
