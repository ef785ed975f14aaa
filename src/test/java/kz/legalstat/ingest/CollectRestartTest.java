package kz.legalstat.ingest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import kz.legalstat.PostgresTest;
import kz.legalstat.demo.DemoSubmissions;
import kz.legalstat.schedule.InboxBusyException;
import kz.legalstat.schedule.Pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Collection survives a crash: a collecting process killed with SIGKILL and started again leaves exactly what
 * an uninterrupted collection of the same files leaves, row for row. And one collection per inbox at a time.
 */
class CollectRestartTest extends PostgresTest {

    /** Every loaded row and every rejection, as (file, row, key), counted and hashed. */
    private static final String CHECKSUM = """
            SELECT count(*) || ' ' || md5(string_agg(line, ',' ORDER BY line)) FROM (
                SELECT s.file_name || ':' || r.row_number || ':' || r.act_id AS line
                FROM act_row r JOIN submission s ON s.id = r.submission_id
                UNION ALL
                SELECT s.file_name || ':' || r.row_number || ':' || r.record_id
                FROM record_row r JOIN submission s ON s.id = r.submission_id
                UNION ALL
                SELECT s.file_name || ':' || r.row_number || ':' || r.indicator || '=' || r.value
                FROM form_row r JOIN submission s ON s.id = r.submission_id
                UNION ALL
                SELECT s.file_name || ':' || s.status || ':' || s.version || ':' || coalesce(i.row_number, 0) || ':' || i.code
                FROM submission s LEFT JOIN submission_issue i ON i.submission_id = s.id
            ) AS everything""";

    @Autowired
    DemoSubmissions demo;

    @Autowired
    Pipeline pipeline;

    @TempDir
    Path dir;

    @Test
    void aCollectionKilledMidwayAndStartedAgainTakesEveryRowExactlyOnce() throws Exception {
        // given an inbox of about 3 800 files
        Path inbox = demoInbox(11);
        long files = filesIn(inbox);

        // when a collecting process is killed once a few hundred files are in, and started again
        Process first = collector(inbox);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> !first.isAlive() || loaded() >= 300);
        assertThat(first.isAlive()).as("the collection was still running when killed").isTrue();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long atKill = loaded();
        assertThat(atKill).isLessThan(files);
        Process second = collector(inbox);
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isZero();
        String resumed = jdbc.sql(CHECKSUM).query(String.class).single();

        // then it holds what a collection that was never interrupted holds
        emptyDataTables();
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String uninterrupted = jdbc.sql(CHECKSUM).query(String.class).single();
        assertThat(resumed).isEqualTo(uninterrupted);
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isEqualTo(files);
    }

    @Test
    void aSecondCollectionOfABusyInboxSaysSoAndTouchesNothing() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(inbox.resolve("form_1910_2026-10.csv"), "unit_code;indicator;value\n1910;ACTS.PROTEST.ISSUED;1\n");
        String key = "hashtext('legalstat inbox " + inbox.toAbsolutePath().normalize() + "')";
        try (Connection other = DriverManager.getConnection(URL, USER, "")) {
            // given another process collecting this inbox
            other.createStatement().execute("SELECT pg_advisory_lock(" + key + ")");

            // then
            assertThatThrownBy(() -> pipeline.collect(inbox, Optional.empty()))
                    .isInstanceOf(InboxBusyException.class).hasMessageContaining(inbox.toString());
            assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isZero();
            // (closing a connection frees its locks only when the server has ended the session: unlock first)
            other.createStatement().execute("SELECT pg_advisory_unlock(" + key + ")");
        }
        // and once it is done, the inbox is collected
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aCollectionWhoseDatabaseGoesAwayFailsClearlyLeavesNoHalfFileAndARestartCompletesIt() throws Exception {
        // given an inbox of about 3 800 files being collected
        Path inbox = demoInbox(13);
        long files = filesIn(inbox);
        var collecting = java.util.concurrent.CompletableFuture.supplyAsync(() -> pipeline.collect(inbox, Optional.empty()));

        // when the database drops every connection of the collection midway (a restart, a network cut)
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> collecting.isDone() || loaded() >= 200);
        try (Connection admin = DriverManager.getConnection(URL, USER, "")) {
            admin.createStatement().execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid()""");
        }
        var failed = collecting.get(5, TimeUnit.MINUTES);

        // then the run failed, saying the connection broke (UNKNOWN when even its failure could not be recorded)
        assertThat(failed.getStatus()).isIn(BatchStatus.FAILED, BatchStatus.UNKNOWN);
        // (the server ending the session, 57P01, or the connection found broken, class 08)
        assertThat(kz.legalstat.schedule.LostDatabase.of(failed)).hasValueSatisfying(e -> assertThat(e.getSQLState())
                .matches("57P01|08\\d{3}"));
        // and no file is half loaded: every file taken holds all its rows, none waiting holds any
        assertThat(halfLoaded()).isZero();
        assertThat(loaded()).isLessThan(files);

        // when the operator restarts it, it completes and holds what an uninterrupted collection holds
        var restarted = pipeline.restart(failed.getId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String resumed = jdbc.sql(CHECKSUM).query(String.class).single();
        emptyDataTables();
        assertThat(pipeline.collect(inbox, Optional.empty()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed).isEqualTo(jdbc.sql(CHECKSUM).query(String.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM submission").query(Long.class).single()).isEqualTo(files);
    }

    /** Submissions whose stored rows are not the rows they say they loaded (or that hold rows while waiting). */
    private long halfLoaded() {
        return jdbc.sql("""
                SELECT count(*) FROM submission s
                WHERE coalesce(s.rows_loaded, 0) <> (SELECT count(*) FROM act_row r WHERE r.submission_id = s.id)
                                                    + (SELECT count(*) FROM record_row r WHERE r.submission_id = s.id)
                                                    + (SELECT count(*) FROM form_row r WHERE r.submission_id = s.id)""")
                .query(Long.class).single();
    }

    /** A month of every unit's files, about 3 800 of them, with the faults units make. */
    private Path demoInbox(long seed) throws Exception {
        Path inbox = dir.resolve("inbox");
        demo.write(inbox, YearMonth.of(2026, 10), 3000, seed);
        return inbox;
    }

    private static long filesIn(Path inbox) throws Exception {
        try (var walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private long loaded() {
        return jdbc.sql("SELECT count(*) FROM submission WHERE status <> 'RECEIVED'").query(Long.class).single();
    }

    /** {@code java ... collect --inbox DIR} in its own JVM, as an operator would start it. */
    private Process collector(Path inbox) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "kz.legalstat.LegalStatApplication", "collect", "--inbox", inbox.toString(),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER))
                .redirectErrorStream(true).redirectOutput(dir.resolve("collector.log").toFile()).start();
    }
}
