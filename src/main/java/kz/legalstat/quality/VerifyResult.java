package kz.legalstat.quality;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The findings of one verification run, counted per rule and severity, and the units whose errors keep their
 * data out of the month's reports until corrected.
 */
public record VerifyResult(long runId, String period, List<RuleCount> rules, List<BlockedUnit> blockedUnits) {

    public record BlockedUnit(String unit, int errors) {
    }

    /** The job execution context key under which a verification keeps the id of its run. */
    public static final String RUN_ID_KEY = "verify.runId";

    public record RuleCount(String rule, String severity, long findings, String nameKk, String nameRu) {
    }

    public long count(String severity) {
        return rules.stream().filter(r -> r.severity().equals(severity)).mapToLong(RuleCount::findings).sum();
    }

    /** The latest run for the month, if any. */
    public static java.util.Optional<VerifyResult> latest(JdbcClient jdbc, YearMonth period) {
        return jdbc.sql("SELECT max(id) FROM quality_run WHERE period = ? AND completed_at IS NOT NULL").param(period.atDay(1))
                .query(Long.class).optional().map(id -> of(jdbc, id));
    }

    public static VerifyResult of(JdbcClient jdbc, long runId) {
        String period = jdbc.sql("SELECT to_char(period, 'YYYY-MM') FROM quality_run WHERE id = ?")
                .param(runId).query(String.class).single();
        List<RuleCount> counts = jdbc.sql("""
                SELECT r.id, r.severity, count(f.id), r.name_kk, r.name_ru
                FROM quality_rule_in_force r
                LEFT JOIN finding f ON f.rule_id = r.id AND f.run_id = ?
                WHERE r.enabled
                GROUP BY r.id, r.severity, r.sort_order, r.name_kk, r.name_ru
                ORDER BY r.sort_order""")
                .param(runId)
                .query((rs, n) -> new RuleCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        List<BlockedUnit> blocked = jdbc.sql("SELECT unit_code, errors FROM quality_blocked_unit WHERE run_id = ? "
                        + "ORDER BY unit_code")
                .param(runId).query((rs, n) -> new BlockedUnit(rs.getString(1), rs.getInt(2))).list();
        return new VerifyResult(runId, period, counts, blocked);
    }
}
