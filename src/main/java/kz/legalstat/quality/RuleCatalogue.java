package kz.legalstat.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The rules as verifications apply them, and the administrator's changes to them: switching a rule on or off,
 * its severity and tolerance. A change takes precedence over jobs/quality-rules.yml until it is reset, and
 * records who made it and when.
 */
@Service
public class RuleCatalogue {


    private final JdbcClient jdbc;

    RuleCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rule in force; {@code changedBy} is null unless an administrator changed it on the page. */
    public record Rule(String id, String severity, boolean enabled, BigDecimal tolerance, String nameKk,
                       String nameRu, String changedBy, OffsetDateTime changedAt) {

        public String name(Lang lang) {
            return lang == Lang.kk ? nameKk : nameRu;
        }
    }

    public List<Rule> all() {
        return jdbc.sql("""
                        SELECT id, severity, enabled, tolerance, name_kk, name_ru, changed_by, changed_at
                        FROM quality_rule_in_force ORDER BY sort_order""")
                .query((rs, n) -> new Rule(rs.getString("id"), rs.getString("severity"), rs.getBoolean("enabled"),
                        rs.getBigDecimal("tolerance"), rs.getString("name_kk"), rs.getString("name_ru"),
                        rs.getString("changed_by"), OfficeTime.read(rs, "changed_at")))
                .list();
    }

    /**
     * Records an administrator's change of a rule, applied from the next verification on.
     *
     * @throws InvalidRuleChangeException naming what is wrong: an unknown rule, severity or a negative tolerance
     */
    public void change(String ruleId, boolean enabled, String severity, BigDecimal tolerance, String changedBy) {
        requireKnown(ruleId);
        if (severity == null || Severity.parse(severity).filter(s -> s.name().equals(severity)).isEmpty()) {
            throw new InvalidRuleChangeException("rule.change.severity", severity);
        }
        if (tolerance == null || tolerance.signum() < 0) {
            throw new InvalidRuleChangeException("rule.change.tolerance", tolerance);
        }
        jdbc.sql("""
                        INSERT INTO quality_rule_change (rule_id, enabled, severity, tolerance, changed_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (rule_id) DO UPDATE SET enabled = excluded.enabled, severity = excluded.severity,
                            tolerance = excluded.tolerance, changed_by = excluded.changed_by, changed_at = now()""")
                .params(ruleId, enabled, severity, tolerance, changedBy).update();
    }

    /** Drops an administrator's change: the rule is again as the catalogue and jobs/quality-rules.yml set it. */
    public void reset(String ruleId) {
        requireKnown(ruleId);
        jdbc.sql("DELETE FROM quality_rule_change WHERE rule_id = ?").param(ruleId).update();
    }

    private void requireKnown(String ruleId) {
        if (jdbc.sql("SELECT count(*) FROM quality_rule WHERE id = ?").param(ruleId).query(Long.class).single() == 0) {
            throw new InvalidRuleChangeException("rule.change.unknown", ruleId);
        }
    }
}
