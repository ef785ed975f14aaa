-- The rules as every verification applies them: the catalogue with the office's file, then the changes an
-- administrator made on the administration page, which take precedence until reset and say who made them and when.
CREATE OR REPLACE VIEW quality_rule_in_force AS
SELECT r.id, coalesce(c.severity, r.severity) AS severity, coalesce(c.enabled, r.enabled) AS enabled,
       coalesce(c.tolerance, r.tolerance) AS tolerance, r.valid_from, r.valid_to, r.sort_order,
       r.name_kk, r.name_ru, r.message_kk, r.message_ru, c.changed_by, c.changed_at
FROM quality_rule r
LEFT JOIN quality_rule_change c ON c.rule_id = r.id;
