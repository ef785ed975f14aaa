package kz.legalstat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.Reports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports against their limits in one run: overdue-acts written from its template, streaming, against a
 * raw fastexcel write of the same rows (no template, no styles); supervision-acts over many acts, its
 * aggregation done in PostgreSQL.
 */
@Component
public class ReportBenchmark {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    /** The same rows the register holds, in its order, for the raw writer. */
    private static final String OVERDUE_ROWS = """
            SELECT r.name_ru AS region, u.name_ru AS unit, s.act_id, s.act_type, s.addressee, s.issued_on,
                   s.received_on, s.deadline_on, s.considered_on, s.reported_on, s.days_late
            FROM act_status(DATE '2026-01-01', DATE '2026-10-31', DATE '2026-10-31') s
            JOIN unit r ON r.code = s.region_code JOIN unit u ON u.code = s.unit_code
            WHERE s.is_overdue
            ORDER BY r.sort_order, u.parent_code IS NOT NULL, u.sort_order, s.days_late DESC, s.act_id""";

    private final JdbcTemplate jdbc;
    private final Reports reports;
    private final CurrentState currentState;
    private final TransactionTemplate readOnly;

    ReportBenchmark(DataSource dataSource, Reports reports, CurrentState currentState,
                    PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5000);
        this.reports = reports;
        this.currentState = currentState;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Figures of one run. Heap: the sum of the heap pools' peaks while the register was written (an upper
     * bound); temp files: POI's temporary files left after the run.
     */
    public record Figures(long overdueRows, double registerSeconds, double rawSeconds, long peakHeapBytes,
                          long maxHeapBytes, long tempFilesLeft, long acts, double summarySeconds) {

        public double registerToRaw() {
            return rawSeconds / registerSeconds;
        }
    }

    public Figures run(Path folder, long overdue, long acts) throws IOException {
        Files.createDirectories(folder);
        insertActs(overdue, Math.max(acts, overdue));
        long rows = jdbc.queryForObject("SELECT count(*) FROM act_status(DATE '2026-01-01', DATE '2026-10-31', "
                + "DATE '2026-10-31') WHERE is_overdue", Long.class);

        Path poiTemp = reports.sheetsTempFolder();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        reports.write(new ReportRequest(ReportName.OVERDUE_ACTS, PERIOD, Lang.ru, null, null,
                folder.resolve("overdue-acts.xlsx"), "bench"));
        double register = seconds(start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long left = Files.isDirectory(poiTemp) ? countFiles(poiTemp) : 0;

        start = System.nanoTime();
        writeRaw(folder.resolve("overdue-acts-raw.xlsx"));
        double raw = seconds(start);

        start = System.nanoTime();
        reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, PERIOD, Lang.ru, null, null,
                folder.resolve("supervision-acts.xlsx"), "bench"));
        double summary = seconds(start);
        return new Figures(rows, register, raw, peak, Runtime.getRuntime().maxMemory(), left,
                Math.max(acts, overdue), summary);
    }

    private void insertActs(long overdue, long acts) {
        BenchActs.insert(jdbc, PERIOD, overdue, acts);
        currentState.refresh();
    }

    private void writeRaw(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "LegalStat", "1.0");
            Worksheet sheet = workbook.newWorksheet("overdue");
            int[] row = {0};
            readOnly.executeWithoutResult(status -> jdbc.query(OVERDUE_ROWS, rs -> {
                int r = row[0]++;
                sheet.value(r, 0, rs.getString(1));
                sheet.value(r, 1, rs.getString(2));
                sheet.value(r, 2, rs.getString(3));
                sheet.value(r, 3, rs.getString(4));
                sheet.value(r, 4, rs.getString(5));
                for (int c = 5; c <= 9; c++) {
                    LocalDate date = rs.getObject(c + 1, LocalDate.class);
                    if (date != null) {
                        sheet.value(r, c, date);
                    }
                }
                sheet.value(r, 10, rs.getInt(11));
                if (r % 10_000 == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }));
            workbook.finish();
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
