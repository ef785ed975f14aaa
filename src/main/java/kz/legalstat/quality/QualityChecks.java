package kz.legalstat.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs every enabled rule of the catalogue for a month, each as one set-based INSERT of its findings,
 * and keeps them under a new run: findings are a history, never overwritten.
 */
@Component
public class QualityChecks {

    private static final Logger log = LoggerFactory.getLogger(QualityChecks.class);

    /** Wraps a rule's SELECT: severity and message come from the catalogue, placeholders filled. */
    private static final String INSERT_FINDINGS = """
            INSERT INTO finding (run_id, rule_id, severity, unit_code, region_code, submission_id, file_name,
                                 row_number, column_name, value, expected, actual, message_kk, message_ru)
            SELECT :run_id, r.id, r.severity, f.unit_code, left(f.unit_code, 2), f.submission_id, f.file_name,
                   f.row_number, f.column_name, f.value, f.expected, f.actual_ru,
                   replace(replace(replace(r.message_kk, '{value}', coalesce(f.value, '')),
                           '{expected}', coalesce(f.expected, '')), '{actual}', coalesce(f.actual_kk, '')),
                   replace(replace(replace(r.message_ru, '{value}', coalesce(f.value, '')),
                           '{expected}', coalesce(f.expected, '')), '{actual}', coalesce(f.actual_ru, ''))
            FROM (%s) AS f (unit_code, submission_id, file_name, row_number, column_name, value, expected,
                            actual_kk, actual_ru)
            JOIN quality_rule r ON r.id = :rule_id""";

    private final JdbcClient jdbc;
    private final int dueDay;

    QualityChecks(JdbcClient jdbc, @Value("${legalstat.quality.due-day-of-next-month:5}") int dueDay) {
        this.jdbc = jdbc;
        this.dueDay = dueDay;
    }

    public long run(YearMonth period, long jobExecutionId) {
        long runId = jdbc.sql("INSERT INTO quality_run (period, job_execution_id) VALUES (?, ?) RETURNING id")
                .params(period.atDay(1), jobExecutionId).query(Long.class).single();
        Map<String, Object> params = Map.of(
                "run_id", runId,
                "period_start", period.atDay(1),
                "period_end", period.atEndOfMonth(),
                "due_date", period.plusMonths(1).atDay(dueDay));
        List<String> rules = jdbc.sql("SELECT id FROM quality_rule WHERE enabled ORDER BY sort_order")
                .query(String.class).list();
        for (String rule : rules) {
            int found = jdbc.sql(INSERT_FINDINGS.formatted(ruleSql(rule)))
                    .params(params).param("rule_id", rule).update();
            log.info("Rule {}: {} findings", rule, found);
        }
        return runId;
    }

    private static String ruleSql(String rule) {
        ClassPathResource resource = new ClassPathResource("quality/rules/" + rule + ".sql");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(";$", "");
        } catch (IOException e) {
            throw new IllegalStateException("Rule " + rule + " is enabled in quality_rule but has no "
                    + "quality/rules/" + rule + ".sql: add the query or disable the rule", e);
        }
    }
}
