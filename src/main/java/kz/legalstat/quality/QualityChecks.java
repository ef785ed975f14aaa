package kz.legalstat.quality;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rules of the catalogue in force for a month, each as one set-based INSERT of its findings, and
 * keeps them under a new run: findings are a history, never overwritten.
 */
@Component
public class QualityChecks {

    private static final Logger log = LoggerFactory.getLogger(QualityChecks.class);

    /** Findings as a rule's query gives them (f), with severity and message from the catalogue (r). */
    private static final String INSERT_FINDINGS = """
            INSERT INTO finding (run_id, rule_id, severity, unit_code, region_code, submission_id, file_name,
                                 row_number, column_name, value, expected, actual, message_kk, message_ru)
            SELECT :run_id, r.id, r.severity, f.unit_code, left(f.unit_code, 2), f.submission_id, f.file_name,
                   f.row_number, f.column_name, f.value, f.expected, f.actual_ru,
                   replace(replace(replace(r.message_kk, '{value}', coalesce(f.value, '')),
                           '{expected}', coalesce(f.expected, '')), '{actual}', coalesce(f.actual_kk, '')),
                   replace(replace(replace(r.message_ru, '{value}', coalesce(f.value, '')),
                           '{expected}', coalesce(f.expected, '')), '{actual}', coalesce(f.actual_ru, ''))
            """;

    /** A rule's own SELECT of findings. */
    private static final String STATEMENT_RULE = INSERT_FINDINGS + """
            FROM (%s) AS f (unit_code, submission_id, file_name, row_number, column_name, value, expected,
                            actual_kk, actual_ru)
            JOIN quality_rule_in_force r ON r.id = :rule_id""";

    /**
     * Row rules over one source in one pass: the month's acts that meet any rule's condition, each with the
     * findings of every rule it breaks. Nine passes over a national month took about half of all the rules' time.
     */
    private static final String ROW_RULES = """
            WITH found AS (
            %s
            FROM (SELECT b.rule_id, a.unit_code, a.submission_id, a.file_name, a.row_number,
                         b.column_name, b.value, b.expected, b.actual_kk, b.actual_ru
                  FROM %s AS a
                  CROSS JOIN LATERAL (%s) AS b
                  WHERE a.period = :period_start AND (%s)) AS f
            JOIN quality_rule_in_force r ON r.id = f.rule_id
            RETURNING rule_id)
            SELECT rule_id, count(*) FROM found GROUP BY rule_id""";

    private static final String ROW_RULE_BRANCH = """
            SELECT '%s' AS rule_id, x.* FROM (%s) AS x (column_name, value, expected, actual_kk, actual_ru)
            WHERE (%s)""";

    private final JdbcClient jdbc;
    private final QualitySettings settings;
    private final TransactionTemplate ownTransaction;

    QualityChecks(JdbcClient jdbc, QualitySettings settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Applies the office's settings to the catalogue, runs the rules in force for the month, and records
     * which units a finding of severity ERROR keeps out of the reports. Returns the run's id.
     */
    public long run(YearMonth period, long jobExecutionId) {
        // committed at once: the rules run on other connections and must see the settings and the run
        long runId = ownTransaction.execute(status -> {
            applySettings();
            return jdbc.sql("INSERT INTO quality_run (period, job_execution_id) VALUES (?, ?) RETURNING id")
                    .params(period.atDay(1), jobExecutionId).query(Long.class).single();
        });
        Map<String, Object> params = Map.of(
                "run_id", runId,
                "period_start", period.atDay(1),
                "period_end", period.atEndOfMonth(),
                "due_date", period.plusMonths(1).atDay(settings.dueDayOfNextMonth()));
        List<Map.Entry<String, BigDecimal>> rules = jdbc.sql("""
                SELECT id, tolerance FROM quality_rule_in_force
                WHERE enabled AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
                ORDER BY sort_order""")
                .params(period.atDay(1), period.atDay(1))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list();
        runInParallel(tasks(rules, params));
        int blocked = jdbc.sql("""
                INSERT INTO quality_blocked_unit (run_id, unit_code, errors)
                SELECT run_id, unit_code, count(*) FROM finding
                WHERE run_id = ? AND severity = 'ERROR' AND unit_code IS NOT NULL
                GROUP BY run_id, unit_code""").param(runId).update();
        jdbc.sql("UPDATE quality_run SET completed_at = now() WHERE id = ?").param(runId).update();
        log.info("Verification {} of {}: {} units kept out of the reports by errors", runId, period, blocked);
        return runId;
    }

    /**
     * One statement per rule, but one for all row rules over the same source (in force this month); each logs
     * its rules' findings and time. The row rules' passes go first: they are the longest, and started last they
     * left one thread idle at the end.
     */
    private List<Runnable> tasks(List<Map.Entry<String, BigDecimal>> rules, Map<String, Object> params) {
        List<Runnable> tasks = new ArrayList<>();
        Map<String, List<RuleFile>> rowRules = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> rule : rules) {
            RuleFile file = RuleFile.read(rule.getKey());
            if (file.isRowRule()) {
                rowRules.computeIfAbsent(file.over(), over -> new ArrayList<>()).add(file);
                continue;
            }
            tasks.add(() -> {
                long start = System.nanoTime();
                int found = jdbc.sql(STATEMENT_RULE.formatted(file.select())).params(params)
                        .param("rule_id", rule.getKey()).param("tolerance", rule.getValue()).update();
                log.info("Rule {}: {} findings in {} ms", rule.getKey(), found,
                        (System.nanoTime() - start) / 1_000_000);
            });
        }
        rowRules.forEach((over, files) -> tasks.add(0, () -> {
            long start = System.nanoTime();
            Map<String, Long> found = jdbc.sql(rowRulesStatement(files)).params(params)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            long millis = (System.nanoTime() - start) / 1_000_000;
            files.forEach(file -> log.info("Rule {}: {} findings in {} ms, in one pass over {} with {} rules",
                    file.id(), found.getOrDefault(file.id(), 0L), millis, over, files.size()));
        }));
        return tasks;
    }

    private static String rowRulesStatement(List<RuleFile> files) {
        String branches = files.stream().map(f -> ROW_RULE_BRANCH.formatted(f.id(), f.then(), f.when()))
                .collect(Collectors.joining("\nUNION ALL\n"));
        String anyCondition = files.stream().map(f -> "(" + f.when() + ")").collect(Collectors.joining("\n OR "));
        return ROW_RULES.formatted(INSERT_FINDINGS, files.get(0).source(), branches, anyCondition);
    }

    /**
     * The statements are independent: they run {@code legalstat.quality.threads} at a time, each in its own
     * transaction. The run counts only once marked complete, so a failure leaves nothing half-reported. Without
     * PostgreSQL's JIT: the pass of the act rules over 1 000 000 acts spent longer compiling its conditions
     * (0.3-0.4 s) than running them (0.4 s), and all the rules took 1.4-1.7 s without it against 1.7-2.0 s with it.
     */
    private void runInParallel(List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        // the run's id and the like, for the rules' log lines
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        try {
            List<Future<?>> running = new ArrayList<>();
            tasks.forEach(task -> running.add(pool.submit(() -> {
                MDC.setContextMap(logContext == null ? Map.of() : logContext);
                ownTransaction.executeWithoutResult(s -> {
                    jdbc.sql("SET LOCAL jit = off").update();
                    task.run();
                });
            })));
            for (Future<?> task : running) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes the settings of jobs/quality-rules.yml into the catalogue; an unknown rule id is an error. */
    private void applySettings() {
        List<String> known = jdbc.sql("SELECT id FROM quality_rule ORDER BY sort_order").query(String.class).list();
        settings.rules().forEach((id, rule) -> {
            if (!known.contains(id)) {
                throw new IllegalStateException("jobs/quality-rules.yml: rule " + id
                        + " is not in the catalogue; known rules: " + String.join(", ", known));
            }
            jdbc.sql("""
                    UPDATE quality_rule SET severity = coalesce(?, severity), enabled = coalesce(?, enabled),
                           tolerance = coalesce(?, tolerance), valid_from = coalesce(?, valid_from),
                           valid_to = CASE WHEN ? THEN ? ELSE valid_to END
                    WHERE id = ?""")
                    .params(rule.severity(), rule.enabled(), rule.tolerance(), rule.validFrom(),
                            rule.validTo() != null, rule.validTo(), id)
                    .update();
        });
    }
}
