-- What the terms offer the other features, who read them through this view (and act_status) and never their tables:
-- the legal basis of each version of the terms an act took, in both languages, as reports and pages cite it.
CREATE OR REPLACE VIEW term_rule_basis AS
SELECT id, legal_basis, legal_basis_kk FROM term_rule;
