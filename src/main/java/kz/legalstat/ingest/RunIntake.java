package kz.legalstat.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
                       coalesce(sum(s.size_bytes), 0), coalesce(sum(s.rows_loaded), 0), coalesce(sum(s.rows_rejected), 0)
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
}
