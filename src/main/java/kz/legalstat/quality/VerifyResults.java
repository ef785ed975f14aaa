package kz.legalstat.quality;

import java.util.List;
import java.util.Optional;

import kz.legalstat.reference.Severity;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the verification of a run (verify or nightly) found. */
@Component
public class VerifyResults {

    private final JdbcClient jdbc;

    VerifyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The verification the run made; empty when the run stopped before verifying. */
    public Optional<VerifyResult> of(JobExecution execution) {
        var context = execution.getExecutionContext();
        return context.containsKey(VerifyResult.RUN_ID_KEY)
                ? Optional.of(of(context.getLong(VerifyResult.RUN_ID_KEY))) : Optional.empty();
    }

    VerifyResult of(long runId) {
        String period = jdbc.sql("SELECT to_char(period, 'YYYY-MM') FROM quality_run WHERE id = ?")
                .param(runId).query(String.class).single();
        List<VerifyResult.RuleCount> counts = jdbc.sql("""
                SELECT r.id, r.severity, count(f.id), r.name_kk, r.name_ru
                FROM quality_rule_in_force r
                LEFT JOIN finding f ON f.rule_id = r.id AND f.run_id = ?
                WHERE r.enabled
                GROUP BY r.id, r.severity, r.sort_order, r.name_kk, r.name_ru
                ORDER BY r.sort_order""")
                .param(runId)
                .query((rs, n) -> new VerifyResult.RuleCount(rs.getString(1), Severity.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getString(4), rs.getString(5)))
                .list();
        List<VerifyResult.BlockedUnit> blocked = jdbc.sql(
                        "SELECT unit_code, errors FROM quality_blocked_unit WHERE run_id = ? ORDER BY unit_code")
                .param(runId).query((rs, n) -> new VerifyResult.BlockedUnit(rs.getString(1), rs.getInt(2))).list();
        return new VerifyResult(runId, period, counts, blocked);
    }
}
