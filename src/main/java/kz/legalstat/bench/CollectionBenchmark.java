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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.Reports;
import kz.legalstat.schedule.Pipeline;

import org.postgresql.PGConnection;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Collection and verification of a national month, each against its limit measured in the same run: the
 * collection against {@code COPY} of the very same files into bare tables, the rules against the collection; one
 * register of as many acts in one file against COPY of it; and a night of one register and its correction over
 * histories of 0, 1, 6 and 12 national months.
 */
@Component
public class CollectionBenchmark {

    private final DataSource dataSource;
    private final Pipeline pipeline;
    private final ReferenceData reference;
    private final Reports reports;

    CollectionBenchmark(DataSource dataSource, Pipeline pipeline, ReferenceData reference, Reports reports) {
        this.dataSource = dataSource;
        this.pipeline = pipeline;
        this.reference = reference;
        this.reports = reports;
    }

    /**
     * The figures of one run. Rates are rows per second; the heap is the sum of the heap pools' peaks during
     * the collection (an upper bound of the true peak).
     */
    public record Figures(long acts, long records, long fileBytes, double copySeconds, double collectSeconds,
                          double scanSeconds, double loadSeconds, double refreshSeconds, double jvmCpuSeconds,
                          double rulesSeconds, double verifySeconds, long peakHeapBytes, long maxHeapBytes,
                          long rowsLoaded, String collectStatus, Correction correction, OneRegister register,
                          List<Night> nights, Storage storage) {

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
     * A night after the month: one unit's register and one region's extract sent again, each with a row fewer. The
     * collection takes those two files and marks the versions of the acts and records they hold.
     */
    public record Correction(long acts, long records, double collectSeconds, double refreshSeconds,
                             BatchStatus status) {
    }

    /** One register of {@code acts} acts in one file, collected into an empty database, against COPY of it. */
    public record OneRegister(long acts, long bytes, double copySeconds, double collectSeconds, long peakHeapBytes,
                              BatchStatus status) {

        public double collectToCopy() {
            return copySeconds / collectSeconds;
        }
    }

    /**
     * A night that brings one district's register (the acts of its last month, listed again) and then its
     * correction, over a history of {@code historyMonths} national months; and the rules and a report of the month,
     * which read the month asked for, not the months kept.
     */
    public record Night(int historyMonths, long historyActs, long acts, double registerSeconds,
                        double correctionSeconds, double rulesSeconds, double reportSeconds, BatchStatus status) {

        public double seconds() {
            return registerSeconds + correctionSeconds;
        }
    }

    /**
     * Bytes per 1 000 000 acts: the history as stored (rows and indexes), and the second copy the current state was
     * until V26 (the table act with its two indexes), measured by making it again from the view.
     */
    public record Storage(long historyBytesPerMillion, long secondCopyBytesPerMillion) {
    }

    public Figures run(Path folder, YearMonth period, long acts, long records) throws IOException, SQLException {
        Path inbox = folder.resolve("inbox");
        BenchFiles.Written files = BenchFiles.write(inbox, period, reference.allUnits(), reference.regions(), acts,
                records);
        double copy = copy(files);
        Path districtRegister = files.acts().stream()
                .filter(f -> f.getFileName().toString().matches("acts_\\d{4}_.*")).findFirst().orElseThrow();
        List<Night> nights = new ArrayList<>();
        nights.add(night(folder, districtRegister, period, 0));
        emptyTheData();

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = jvmCpuNanos();
        long start = System.nanoTime();
        var collection = pipeline.collect(inbox, Optional.of(period));
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
        Storage storage = storage();

        nights.add(night(folder, districtRegister, period, 1));
        addLaterMonths(folder, period, 1, 5, acts, records);
        nights.add(night(folder, districtRegister, period, 6));
        addLaterMonths(folder, period, 6, 11, acts, records);
        nights.add(night(folder, districtRegister, period, 12));

        emptyTheData();
        OneRegister register = oneRegister(folder.resolve("one-register"), period, acts, heap);

        String status = List.of(collection.getStatus(), verification.getStatus(), correction.status(),
                        register.status()).stream().allMatch(BatchStatus.COMPLETED::equals)
                && nights.stream().allMatch(n -> n.status() == BatchStatus.COMPLETED) ? "COMPLETED"
                : collection.getStatus() + "/" + verification.getStatus() + "/" + correction.status() + "/"
                        + register.status() + "/" + nights.stream().map(n -> n.status().toString()).toList();
        return new Figures(acts, records, files.bytes(), copy, collect,
                stepSeconds(collection, "collectSubmissionsScanStep"),
                stepSeconds(collection, "collectSubmissionsLoadStep"),
                stepSeconds(collection, "refreshCurrentStateStep"), jvmCpu, rules, verify, peak,
                Runtime.getRuntime().maxMemory(), loaded, status, correction, register, nights, storage);
    }

    private Correction correctOneFileOfEachKind(Path inbox, Path register, Path extract, YearMonth period)
            throws IOException {
        long acts = sendAgainWithARowFewer(inbox, register);
        long records = sendAgainWithARowFewer(inbox, extract);
        long start = System.nanoTime();
        JobExecution collection = pipeline.collect(inbox, Optional.of(period));
        double seconds = seconds(start);
        return new Correction(acts, records, seconds, stepSeconds(collection, "refreshCurrentStateStep"),
                collection.getStatus());
    }

    /**
     * The district's register of the month listed again in a month after the history's (each night its own), then
     * corrected with a row fewer, each from an inbox of its own; then the rules and supervision-acts of the month,
     * which ask for the same months whatever the history holds.
     */
    private Night night(Path folder, Path register, YearMonth period, int historyMonths) throws IOException {
        YearMonth month = period.plusMonths(20 + historyMonths);
        Path inbox = folder.resolve("night-" + historyMonths);
        FileSystemUtils.deleteRecursively(inbox);
        Path file = Files.createDirectories(inbox).resolve(register.getFileName().toString()
                .replace(period.toString(), month.toString()));
        Files.copy(register, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        long historyActs = actsKept();
        long start = System.nanoTime();
        JobExecution first = pipeline.collect(inbox, Optional.of(month));
        double registerSeconds = seconds(start);
        long acts = sendAgainWithARowFewer(inbox, file);
        start = System.nanoTime();
        JobExecution corrected = pipeline.collect(inbox, Optional.of(month));
        double correctionSeconds = seconds(start);
        JobExecution verification = pipeline.verify(period);
        double rules = stepSeconds(verification, "verifySubmissionsRulesStep");
        start = System.nanoTime();
        reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, period, Lang.ru, null, null,
                folder.resolve("supervision-acts-" + historyMonths + ".xlsx"), "bench"));
        double report = seconds(start);
        BatchStatus status = List.of(first.getStatus(), corrected.getStatus(), verification.getStatus()).stream()
                .allMatch(BatchStatus.COMPLETED::equals) ? BatchStatus.COMPLETED : BatchStatus.FAILED;
        return new Night(historyMonths, historyActs, acts, registerSeconds, correctionSeconds, rules, report, status);
    }

    private OneRegister oneRegister(Path folder, YearMonth period, long acts, List<MemoryPoolMXBean> heap)
            throws IOException, SQLException {
        Unit region = reference.regions().get(0);
        Path file = BenchFiles.oneRegister(folder, period, region, reference.allUnits(), acts);
        double copy;
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS limit_acts");
            ddl.execute("CREATE TABLE limit_acts (" + LIMIT_ACTS + ")");
            long start = System.nanoTime();
            copyInto(connection, "limit_acts", List.of(file));
            copy = seconds(start);
            ddl.execute("DROP TABLE limit_acts");
        }
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        JobExecution collection = pipeline.collect(folder, Optional.of(period));
        double collect = seconds(start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new OneRegister(acts, Files.size(file), copy, collect, peak, collection.getStatus());
    }

    private Storage storage() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("VACUUM ANALYZE act_row");
            long acts = actsKept();
            long history = size(sql, "SELECT pg_total_relation_size('act_row')");
            sql.execute("CREATE TABLE second_copy AS SELECT * FROM act");
            sql.execute("ALTER TABLE second_copy ADD PRIMARY KEY (unit_code, act_id)");
            sql.execute("CREATE INDEX ON second_copy (issued_on, region_code)");
            long secondCopy = size(sql, "SELECT pg_total_relation_size('second_copy')");
            sql.execute("DROP TABLE second_copy");
            return new Storage(history * 1_000_000 / acts, secondCopy * 1_000_000 / acts);
        }
    }

    private static long size(Statement sql, String query) throws SQLException {
        try (var rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * National months {@code from} to {@code to} months after the month, collected as they come: months the month's
     * reports and rules do not ask for (a year-to-date report of the month would read earlier months of its year).
     */
    private void addLaterMonths(Path folder, YearMonth period, int from, int to, long acts, long records)
            throws IOException {
        Path inbox = folder.resolve("history");
        for (int k = from; k <= to; k++) {
            YearMonth month = period.plusMonths(k);
            BenchFiles.write(inbox, month, reference.allUnits(), reference.regions(), acts, records);
            JobExecution collection = pipeline.collect(inbox, Optional.of(month));
            if (collection.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("the history's month " + month + " was not collected: "
                        + collection.getStatus());
            }
        }
        FileSystemUtils.deleteRecursively(inbox);
    }

    /** The acts of the current submissions: what the history holds as the state. */
    private long actsKept() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            return size(sql, "SELECT coalesce(sum(rows_loaded), 0) FROM submission WHERE kind = 'acts' AND is_current");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bench's own scratch database emptied of submissions and their rows, the reference data kept. */
    private void emptyTheData() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("TRUNCATE finding, quality_run, report_export, submission_issue, act_row, record_row, "
                    + "form_row, submission RESTART IDENTITY CASCADE");
        }
    }

    /** The file again, a minute newer, without its last row; returns the rows it still has. */
    private static long sendAgainWithARowFewer(Path inbox, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Path corrected = Files.createDirectories(inbox.resolve("corrections")).resolve(file.getFileName());
        Files.write(corrected, lines.subList(0, lines.size() - 1));
        Files.setLastModifiedTime(corrected, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        return lines.size() - 2;
    }

    private static final String LIMIT_ACTS = """
            act_id varchar(64), unit_code varchar(4), act_type varchar(32), issued_on date,
            addressee_kind varchar(32), addressee varchar(500), sphere varchar(32), received_on date, term_days integer,
            considered_on date, outcome varchar(32), reported_on date, persons_disciplined integer,
            acts_revoked integer, amount_restored_kzt text, record_ref varchar(32)""";

    /**
     * COPY of the same files, in the same format, into ordinary tables of the same columns with no key, index or
     * check (the limit the issue names), one file after another on one connection.
     */
    private double copy(BenchFiles.Written files) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS limit_acts, limit_records");
            ddl.execute("CREATE TABLE limit_acts (" + LIMIT_ACTS + ")");
            ddl.execute("""
                    CREATE TABLE limit_records (record_id varchar(32), unit_code varchar(4), registered_on date,
                        article varchar(32), category varchar(32), status varchar(32), decided_on date)""");
            long start = System.nanoTime();
            copyInto(connection, "limit_acts", files.acts());
            copyInto(connection, "limit_records", files.records());
            double seconds = seconds(start);
            ddl.execute("DROP TABLE limit_acts, limit_records");
            return seconds;
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
