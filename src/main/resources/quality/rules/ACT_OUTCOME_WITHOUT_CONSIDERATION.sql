-- An outcome with no date of consideration: an act has an outcome once considered.
-- over act
-- when
a.outcome IS NOT NULL AND a.considered_on IS NULL
-- then
SELECT 'outcome', a.outcome, NULL, a.outcome, a.outcome
