package kz.legalstat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import kz.legalstat.reference.ReferenceData;
import kz.legalstat.schedule.Pipeline;

import org.postgresql.PGConnection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Collection and verification of a national month, each against its limit measured in the same run: the
 * collection against {@code COPY} of the very same files into bare tables, the rules against the collection.
 */
@Component
public class CollectionBenchmark {

    private final DataSource dataSource;
    private final Pipeline pipeline;
    private final ReferenceData reference;

    CollectionBenchmark(DataSource dataSource, Pipeline pipeline, ReferenceData reference) {
        this.dataSource = dataSource;
        this.pipeline = pipeline;
        this.reference = reference;
    }

    /**
     * The figures of one run. Rates are rows per second; the heap is the sum of the heap pools' peaks during
     * the collection (an upper bound of the true peak).
     */
    public record Figures(long acts, long records, long fileBytes, double copySeconds, double keyedCopySeconds,
                          double collectSeconds,
                          double scanSeconds, double loadSeconds, double rebuildSeconds, double jvmCpuSeconds,
                          double rulesSeconds, double verifySeconds, long peakHeapBytes, long maxHeapBytes,
                          long rowsLoaded, String collectStatus, Correction correction) {

        public double copyRowsPerSecond() {
            return (acts + records) / copySeconds;
        }

        public double collectRowsPerSecond() {
            return (acts + records) / collectSeconds;
        }

        /** Collection throughput as a share of COPY's: the goal is at least 0.7. */
        public double collectToCopy() {
            return collectRowsPerSecond() / copyRowsPerSecond();
        }

        /** The rules' time as a share of the collection's: the goal is under 0.1. */
        public double rulesToCollect() {
            return rulesSeconds / collectSeconds;
        }
    }

    /**
     * A night after the month: one unit's register and one region's extract sent again, each with a row fewer.
     * The collection takes those two files, and the current state recomputes the acts and records they hold
     * instead of rebuilding all of them.
     */
    public record Correction(long acts, long records, double collectSeconds, double updateSeconds,
                             String actsUpdated, String recordsUpdated, BatchStatus status) {
    }

    public Figures run(Path folder, YearMonth period, long acts, long records) throws IOException, SQLException {
        Path inbox = folder.resolve("inbox");
        BenchFiles.Written files = BenchFiles.write(inbox, period, reference.allUnits(), reference.regions(), acts,
                records);
        double copy = copy(files, false);
        double keyedCopy = copy(files, true);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = jvmCpuNanos();
        long start = System.nanoTime();
        var collection = pipeline.collect(inbox, java.util.Optional.of(period));
        double collect = seconds(start);
        double jvmCpu = (jvmCpuNanos() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long loaded = collection.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("collectSubmissionsLoadStep")).mapToLong(s -> s.getReadCount()).sum();

        start = System.nanoTime();
        var verification = pipeline.verify(period);
        double verify = seconds(start);
        double rules = stepSeconds(verification, "verifySubmissionsRulesStep");
        Correction correction = correctOneFileOfEachKind(inbox, files.acts().get(0), files.records().get(0), period);
        String status = List.of(collection.getStatus(), verification.getStatus(), correction.status()).stream()
                .allMatch(BatchStatus.COMPLETED::equals) ? "COMPLETED"
                : collection.getStatus() + "/" + verification.getStatus() + "/" + correction.status();
        return new Figures(acts, records, files.bytes(), copy, keyedCopy, collect, stepSeconds(collection, "collectSubmissionsScanStep"),
                stepSeconds(collection, "collectSubmissionsLoadStep"), stepSeconds(collection, "refreshCurrentStateStep"),
                jvmCpu, rules, verify, peak,
                Runtime.getRuntime().maxMemory(), loaded, status, correction);
    }

    private Correction correctOneFileOfEachKind(Path inbox, Path register, Path extract, YearMonth period)
            throws IOException {
        long acts = sendAgainWithARowFewer(inbox, register);
        long records = sendAgainWithARowFewer(inbox, extract);
        long start = System.nanoTime();
        JobExecution collection = pipeline.collect(inbox, java.util.Optional.of(period));
        double seconds = seconds(start);
        var refresh = collection.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("refreshCurrentStateStep")).findFirst().orElseThrow();
        return new Correction(acts, records, seconds, stepSeconds(collection, "refreshCurrentStateStep"),
                refresh.getExecutionContext().getString("act", "?"),
                refresh.getExecutionContext().getString("special_record", "?"), collection.getStatus());
    }

    /** The file again, a minute newer, without its last row; returns the rows it still has. */
    private static long sendAgainWithARowFewer(Path inbox, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Path corrected = Files.createDirectories(inbox.resolve("corrections")).resolve(file.getFileName());
        Files.write(corrected, lines.subList(0, lines.size() - 1));
        Files.setLastModifiedTime(corrected, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        return lines.size() - 2;
    }

    /**
     * COPY of the same files, in the same format, into ordinary tables of the same columns. Bare (the limit the
     * issue names): no key, index or check, one file after another. Keyed like the current state, the acts and the
     * records side by side on two connections as the collection loads them: what storing the rows so that each can
     * be found by its key costs at the least on this machine, with nothing read or checked.
     */
    private double copy(BenchFiles.Written files, boolean keyed) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS limit_acts, limit_records");
            ddl.execute("CREATE TABLE " + """
                     limit_acts (act_id varchar(64), unit_code varchar(4), act_type varchar(32),
                        issued_on date, addressee_kind varchar(32), addressee varchar(500), sphere varchar(32),
                        received_on date, term_days integer, considered_on date, outcome varchar(32), reported_on date,
                        persons_disciplined integer, acts_revoked integer, amount_restored_kzt text,
                        record_ref varchar(32)""" + (keyed ? ", PRIMARY KEY (unit_code, act_id))" : ")"));
            ddl.execute("CREATE TABLE " + """
                     limit_records (record_id varchar(32), unit_code varchar(4),
                        registered_on date, article varchar(32), category varchar(32), status varchar(32),
                        decided_on date""" + (keyed ? ", PRIMARY KEY (record_id))" : ")"));
            long start = System.nanoTime();
            if (keyed) {
                CompletableFuture<Void> records = CompletableFuture.runAsync(() -> copyOnItsOwn("limit_records",
                        files.records()));
                copyInto(connection, "limit_acts", files.acts());
                records.join();
            } else {
                copyInto(connection, "limit_acts", files.acts());
                copyInto(connection, "limit_records", files.records());
            }
            double seconds = seconds(start);
            ddl.execute("DROP TABLE limit_acts, limit_records");
            return seconds;
        }
    }

    private void copyOnItsOwn(String table, List<Path> files) {
        try (Connection connection = dataSource.getConnection()) {
            copyInto(connection, table, files);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyInto(Connection connection, String table, List<Path> files) throws SQLException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')", in, 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The CPU time of this JVM, all threads (garbage collection included): what the database used is the rest. */
    private static long jvmCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double stepSeconds(JobExecution execution, String step) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(step))
                .mapToDouble(s -> Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0).sum();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
