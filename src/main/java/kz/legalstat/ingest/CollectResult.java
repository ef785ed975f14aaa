package kz.legalstat.ingest;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a collection did: per file taken its status, rows loaded and rejected and, for a rejected file, the
 * reason; plus how many files were already taken before, and how many belong to months other than the one asked
 * for (left untouched).
 */
public record CollectResult(List<FileOutcome> files, int unchanged, int otherMonths) {

    /** The job execution context keys under which a collection keeps its counts of files it did not take. */
    static final String UNCHANGED_KEY = "collect.unchanged";
    static final String OTHER_MONTHS_KEY = "collect.other-months";

    public record FileOutcome(String file, String kind, String unit, String period, Integer version,
                              SubmissionStatus status, int rowsLoaded, int rowsRejected, String reasonKk, String reasonRu) {
    }

    /** The files registered by one job execution (collect or nightly). */
    public static CollectResult of(JdbcClient jdbc, JobExecution execution) {
        List<FileOutcome> files = jdbc.sql("""
                SELECT s.file_name, s.kind, s.unit_code, to_char(s.period, 'YYYY-MM'), s.version, s.status,
                       s.rows_loaded, s.rows_rejected, i.message_kk, i.message_ru
                FROM submission s
                LEFT JOIN submission_issue i ON i.submission_id = s.id AND i.row_number IS NULL
                                            AND i.severity = 'ERROR'
                WHERE s.job_execution_id = ?
                ORDER BY s.file_path""")
                .param(execution.getId())
                .query((rs, n) -> new FileOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), SubmissionStatus.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getString(9),
                        rs.getString(10)))
                .list();
        ExecutionContext counts = execution.getExecutionContext();
        return new CollectResult(files, counts.getInt(UNCHANGED_KEY, 0), counts.getInt(OTHER_MONTHS_KEY, 0));
    }

    /** The files of one status: loaded, rejected or ignored (a name that does not follow the pattern). */
    public long count(SubmissionStatus status) {
        return files.stream().filter(file -> file.status() == status).count();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileOutcome::rowsLoaded).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileOutcome::rowsRejected).sum();
    }
}
