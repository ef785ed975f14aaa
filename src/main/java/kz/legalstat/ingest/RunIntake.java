package kz.legalstat.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What runs (collections, nightly runs) took: the files each registered and took, their bytes and rows. */
@Component
public class RunIntake {

    /** A run's intake; files still {@code RECEIVED} are registered but not yet taken. */
    public record Taken(long filesDone, long files, long bytesDone, long bytes, long rowsLoaded, long rowsRejected) {

        public static final Taken NOTHING = new Taken(0, 0, 0, 0, 0, 0);

        public long rows() {
            return rowsLoaded + rowsRejected;
        }
    }

    private final JdbcClient jdbc;

    RunIntake(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The intake of each run named, by its job execution id; a run that took nothing is left out. */
    public Map<Long, Taken> of(Collection<Long> runs) {
        return jdbc.sql("""
                SELECT s.job_execution_id, count(*) FILTER (WHERE s.status <> 'RECEIVED'), count(*),
                       coalesce(sum(s.size_bytes) FILTER (WHERE s.status <> 'RECEIVED'), 0),
                       coalesce(sum(s.size_bytes), 0), coalesce(sum(s.rows_loaded), 0),
                       coalesce(sum(s.rows_rejected), 0)
                FROM submission s
                WHERE s.job_execution_id = ANY(:runs)
                GROUP BY s.job_execution_id""")
                .param("runs", runs.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Taken(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Taken of(long run) {
        return of(List.of(run)).getOrDefault(run, Taken.NOTHING);
    }

    /** The files registered by one job execution (collect or nightly), each with what became of it. */
    public CollectResult collected(JobExecution execution) {
        List<CollectResult.FileOutcome> files = jdbc.sql("""
                SELECT s.file_name, s.kind, s.unit_code, to_char(s.period, 'YYYY-MM'), s.version, s.status,
                       s.rows_loaded, s.rows_rejected, i.message_kk, i.message_ru
                FROM submission s
                LEFT JOIN submission_issue i ON i.submission_id = s.id AND i.row_number IS NULL
                                            AND i.severity = 'ERROR'
                WHERE s.job_execution_id = ?
                ORDER BY s.file_path""")
                .param(execution.getId())
                .query((rs, n) -> new CollectResult.FileOutcome(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), SubmissionStatus.valueOf(rs.getString(6)),
                        rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10)))
                .list();
        ExecutionContext counts = execution.getExecutionContext();
        return new CollectResult(files, counts.getInt(CollectResult.UNCHANGED_KEY, 0),
                counts.getInt(CollectResult.OTHER_MONTHS_KEY, 0));
    }
}
