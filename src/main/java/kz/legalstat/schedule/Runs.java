package kz.legalstat.schedule;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.reference.OfficeTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What ran: every job execution with its status, duration, what it took, what it found and what it wrote. */
@Component
public class Runs {

    private static final String RUNS = """
            SELECT e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,
                   e.exit_message,
                   (SELECT s.exit_message FROM batch_step_execution s
                    WHERE s.job_execution_id = e.job_execution_id AND s.status = 'FAILED'
                    ORDER BY s.step_execution_id DESC LIMIT 1) AS step_exit_message,
                   (SELECT string_agg(p.parameter_name || '=' || p.parameter_value, ' ' ORDER BY p.parameter_name)
                    FROM batch_job_execution_params p
                    WHERE p.job_execution_id = e.job_execution_id
                      AND p.parameter_name IN ('period', 'onlyPeriod', 'night', 'inbox')) AS parameters,
                   (SELECT count(*) FROM submission s WHERE s.job_execution_id = e.job_execution_id) AS files,
                   (SELECT coalesce(sum(s.rows_loaded), 0) FROM submission s
                    WHERE s.job_execution_id = e.job_execution_id) AS rows_loaded,
                   (SELECT coalesce(sum(s.rows_rejected), 0) FROM submission s
                    WHERE s.job_execution_id = e.job_execution_id) AS rows_rejected,
                   (SELECT count(*) FILTER (WHERE f.severity = 'ERROR') FROM finding f
                    JOIN quality_run q ON q.id = f.run_id WHERE q.job_execution_id = e.job_execution_id) AS errors,
                   (SELECT count(*) FILTER (WHERE f.severity = 'WARNING') FROM finding f
                    JOIN quality_run q ON q.id = f.run_id WHERE q.job_execution_id = e.job_execution_id) AS warnings,
                   (SELECT count(*) FROM report_export r WHERE r.requested_by = 'nightly #' || e.job_execution_id)
                       AS reports
            FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            """;

    private final JdbcClient jdbc;

    Runs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One execution of a job, as an operator reads it. */
    public record Run(long id, String job, String status, OffsetDateTime started, Long seconds, String parameters,
                      long files, long rowsLoaded, long rowsRejected, long errors, long warnings, long reports,
                      Bilingual failure) {

        /** The month the run worked on (YYYY-MM), from its parameters; null when it names none. */
        public String period() {
            var month = java.util.regex.Pattern.compile("(?:^|\\s)(?:period|onlyPeriod)=(\\d{4}-\\d{2})")
                    .matcher(parameters == null ? "" : parameters);
            return month.find() ? month.group(1) : null;
        }

        /** Failed or stopped runs can be restarted; a run still STARTED may be working on another server. */
        public boolean restartable() {
            // UNKNOWN: the run failed when its record could not be saved (the database went away)
            return "FAILED".equals(status) || "STOPPED".equals(status) || "UNKNOWN".equals(status);
        }
    }

    /** Who a nightly run's reports are recorded as requested by in the export catalogue. */
    public static String nightlyRequester(long jobExecutionId) {
        return NIGHTLY + jobExecutionId;
    }

    /** The nightly run a report was requested by ({@link #nightlyRequester}), or null for a person. */
    public static Long nightlyRun(String requestedBy) {
        return requestedBy != null && requestedBy.matches(java.util.regex.Pattern.quote(NIGHTLY) + "\\d+")
                ? Long.valueOf(requestedBy.substring(NIGHTLY.length())) : null;
    }

    private static final String NIGHTLY = "nightly #";

    public List<Run> latest(int limit) {
        return jdbc.sql(RUNS + " ORDER BY e.job_execution_id DESC LIMIT ?").param(limit).query(Runs::run).list();
    }

    public java.util.Optional<Run> find(long id) {
        return jdbc.sql(RUNS + " WHERE e.job_execution_id = ?").param(id).query(Runs::run).optional();
    }

    private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp start = rs.getTimestamp("start_time");
        Timestamp end = rs.getTimestamp("end_time");
        // the failed step's message is the more precise, unless the run's holds our words for it
        String ofRun = rs.getString("exit_message");
        String ofStep = rs.getString("step_exit_message");
        String failure = ofStep == null || RunFailureText.holdsText(ofRun) ? ofRun : ofStep;
        return new Run(rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getString("status"),
                OfficeTime.fromServerTime(start),
                start == null || end == null ? null : Duration.between(start.toInstant(), end.toInstant()).toSeconds(),
                rs.getString("parameters"), rs.getLong("files"), rs.getLong("rows_loaded"),
                rs.getLong("rows_rejected"), rs.getLong("errors"), rs.getLong("warnings"), rs.getLong("reports"),
                failure == null || failure.isBlank() ? null : RunFailureText.decode(failure));
    }
}
