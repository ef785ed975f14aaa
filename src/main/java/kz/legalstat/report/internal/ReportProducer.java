package kz.legalstat.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import kz.legalstat.account.Accounts;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.OfficeTime;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportProgress;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.ReportRequestException;
import kz.legalstat.report.ReportResult;
import kz.legalstat.report.Requester;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one report: template filled, tables streamed inside a read-only transaction (so large tables are
 * read through a cursor), the file written beside its target and moved into place only when complete, and
 * the export recorded in the catalogue. A failed run leaves neither a partial file nor temp files.
 */
@Component
public class ReportProducer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Map<ReportName, ReportWriter> writers = new HashMap<>();
    private final ReportTemplates templates;
    private final NamedParameterJdbcTemplate cursorJdbc;
    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final Texts texts;
    private final TransactionTemplate readOnly;
    private final Accounts accounts;

    ReportProducer(List<ReportWriter> writers, ReportTemplates templates, DataSource dataSource, JdbcClient jdbc,
                   ReferenceData reference, Texts texts, PlatformTransactionManager transactionManager,
                   Accounts accounts) {
        this.accounts = accounts;
        writers.forEach(w -> this.writers.put(w.name(), w));
        this.templates = templates;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(5000);
        this.cursorJdbc = new NamedParameterJdbcTemplate(cursor);
        this.jdbc = jdbc;
        this.reference = reference;
        this.texts = texts;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public ReportResult produce(ReportRequest request, ReportProgress progress) {
        if (request.effectiveAsOf().isAfter(OfficeTime.today())) {
            // a status on a day to come would count as overdue acts that may yet be considered in time
            throw new ReportRequestException("report.as-of.future", request.effectiveAsOf().format(DAY),
                    OfficeTime.today().format(DAY));
        }
        ReportWriter writer = writers.get(request.name());
        ReportContext context = new ReportContext(request, cursorJdbc, reference, texts, blockedUnits(request), progress);
        Path target = request.out().toAbsolutePath();
        Path temp;
        try {
            Files.createDirectories(target.getParent());
            // a file of its own beside the target, created as any file the process writes (its umask), so that the
            // office can publish the folder; createTempFile would make it readable by its owner alone
            temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
        } catch (IOException e) {
            throw ReportWriteException.intoFolder(target.getParent(), e);
        }
        try (TemplateWorkbook workbook = templates.open(request.name(), request.lang())) {
            Submissions taken = submissionsTaken(context);
            workbook.fill(header(context, taken));
            if (context.byUnit()) {
                // a region's report lists its units where the republic's lists regions: the default tab says so too
                workbook.renameSheet(context.text("report.sheet.by-region"), context.text("report.sheet.by-unit"));
            }
            Map<String, Long> rows = readOnly.execute(status -> writer.write(context, workbook));
            workbook.endTables();
            String sha256 = save(workbook, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long id = record(request, target, sha256, rows);
            return new ReportResult(id, target, sha256, rows, taken.count() == 0);
        } catch (IOException e) {
            throw ReportWriteException.file(target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file sits beside the target with a leading dot; nothing else depends on it
            }
        }
    }

    private static String save(TemplateWorkbook workbook, Path temp) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                workbook.stream().write(out);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            workbook.stream().dispose();
        }
    }

    private Map<String, String> header(ReportContext context, Submissions taken) {
        var period = context.period();
        LocalDate asOf = context.request().effectiveAsOf();
        Map<String, String> values = new HashMap<>();
        // a data-quality check is of one month; the other reports count from January
        values.put("period", context.request().name() == ReportName.DATA_QUALITY
                ? context.text("report.period.single", context.text("report.month." + period.getMonthValue()),
                        String.valueOf(period.getYear()))
                : context.periodText());
        // the title block and the footers say a month in progress is preliminary; a column's heading names its months
        values.put("periodTitle", context.request().preliminary()
                ? context.text("report.preliminary.period", values.get("period")) : values.get("period"));
        values.put("prevPeriod", context.prevPeriodText());
        values.put("year", context.text("report.year", String.valueOf(period.getYear())));
        values.put("prevYear", context.text("report.year", String.valueOf(period.getYear() - 1)));
        values.put("asOf", asOf.format(DAY));
        values.put("region", context.request().regionCode() == null ? context.text("report.region.all")
                : context.unitName(context.request().regionCode()));
        // a by-region table of a region's report lists its units: its title says so
        values.put("places", context.text(context.byUnit() ? "report.part.by-unit" : "report.part.by-region"));
        values.put("produced", context.text("report.produced", ZonedDateTime.now(OfficeTime.ZONE).format(MINUTE),
                producer(context)));
        values.put("data", dataSource(context, taken));
        return values;
    }

    /** How many files of the year, January to the period, the report rests on, and when the latest came. */
    private record Submissions(long count, java.sql.Timestamp latest) {
    }

    /** The files of the report's region (or all), January to the period, the report rests on. */
    private Submissions submissionsTaken(ReportContext context) {
        var period = context.period();
        return jdbc.sql("""
                SELECT count(*), max(collected_at) FROM submission_taken
                WHERE is_current AND period BETWEEN ? AND ?
                  AND (CAST(? AS varchar) IS NULL OR left(unit_code, 2) = ?)""")
                .params(LocalDate.of(period.getYear(), 1, 1), period.atDay(1), context.request().regionCode(),
                        context.request().regionCode())
                .query((rs, n) -> new Submissions(rs.getLong(1), rs.getTimestamp(2))).single();
    }

    /**
     * Who produced the report, in words: the schedule and its run, a user of the portal, or the account that ran the
     * command line.
     */
    private String producer(ReportContext context) {
        String by = context.request().requestedBy();
        Long nightly = Requester.nightlyRun(by);
        if (nightly != null) {
            return context.text("report.producer.schedule", String.valueOf(nightly));
        }
        boolean portalUser = accounts.find(by).isPresent();
        return context.text(portalUser ? "report.producer.portal" : "report.producer.command-line", by);
    }

    /**
     * One line each: the files the report rests on and the latest; the verification of the month, counted within the
     * report's region; the units kept out by their errors; deadlines on a provisional calendar. With no file at all,
     * that the report holds no data, so that an empty table is never read as a period of zeros.
     */
    private String dataSource(ReportContext context, Submissions taken) {
        var period = context.period();
        if (taken.count() == 0) {
            return context.text("report.no-data", context.periodText());
        }
        String latest = taken.latest().toInstant().atZone(OfficeTime.ZONE).format(MINUTE);
        String quality = jdbc.sql("""
                SELECT r.id, r.completed_at,
                       count(f.id) FILTER (WHERE f.severity = 'ERROR'), count(f.id) FILTER (WHERE f.severity = 'WARNING')
                FROM verification r
                LEFT JOIN finding_in_words f ON f.run_id = r.id AND (CAST(? AS varchar) IS NULL OR f.region_code = ?)
                WHERE r.id = verification_for_reports(?)
                GROUP BY r.id, r.completed_at""")
                .params(context.request().regionCode(), context.request().regionCode(), period.atDay(1))
                .query((rs, n) -> context.text("report.data-quality.run", rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(OfficeTime.ZONE).format(DAY), rs.getLong(3),
                        rs.getLong(4)))
                .optional().orElse(context.text("report.data-quality.none"));
        StringBuilder source = new StringBuilder();
        if (context.request().preliminary()) {
            source.append(context.text("report.preliminary.data")).append("\n");
        }
        source.append(context.text("report.data-source", taken.count(), latest, quality));
        String region = context.request().regionCode();
        String units = context.blocked().entrySet().stream()
                .filter(b -> region == null || b.getKey().startsWith(region))
                .map(b -> b.getKey() + " " + context.unitName(b.getKey()) + " (" + b.getValue() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        if (!units.isEmpty()) {
            source.append("\n").append(context.text("report.blocked", units));
        }
        return source.append(provisional(context)).toString();
    }

    /**
     * When deadlines of the period's acts fall in a year whose calendar is only provisional: how many, and that they
     * may move once the official calendar is loaded. Empty otherwise.
     */
    private String provisional(ReportContext context) {
        var period = context.period();
        long acts = jdbc.sql("""
                SELECT count(*) FROM act
                WHERE deadline_provisional AND issued_on BETWEEN ? AND ?
                  AND (CAST(? AS varchar) IS NULL OR region_code = ?)""")
                .params(LocalDate.of(period.getYear(), 1, 1), period.atEndOfMonth(), context.request().regionCode(),
                        context.request().regionCode())
                .query(Long.class).single();
        return acts == 0 ? "" : "\n" + context.text("report.provisional", acts);
    }

    /** The units whose errors keep their data out of this month's reports, with their error counts. */
    private Map<String, Integer> blockedUnits(ReportRequest request) {
        Map<String, Integer> blocked = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT unit_code, errors FROM blocked_units(?) ORDER BY unit_code")
                .param(request.period().atDay(1))
                .query(rs -> {
                    blocked.put(rs.getString(1), rs.getInt(2));
                });
        return blocked;
    }

    private long record(ReportRequest request, Path file, String sha256, Map<String, Long> rows) {
        return jdbc.sql("""
                INSERT INTO report_export (report_name, period, lang, region_code, as_of, file_path, sha256,
                                           row_counts, requested_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING id""")
                .params(request.name().cliName(), request.period().atDay(1), request.lang().name(),
                        request.regionCode(), request.effectiveAsOf(), file.toString(), sha256,
                        rows.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                                .collect(java.util.stream.Collectors.joining(", ", "{", "}")),
                        request.requestedBy())
                .query(Long.class).single();
    }
}
