package kz.legalstat.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Bilingual;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.TextException;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.OfficeTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Reports asked for on demand (web page or API), written in the background by a small pool so that many
 * analysts at once queue instead of exhausting the machine. Each request is a row that says how it stands;
 * the finished file is recorded in the export catalogue like every other report.
 */
@Service
public class ReportExports {

    private static final Logger log = LoggerFactory.getLogger(ReportExports.class);

    private static final String REQUEST_COLUMNS = """
            SELECT id, requested_by, report_name, period, lang, region_code, as_of, status, export_id, failure_kk,
                   failure_ru, requested_at, finished_at, rows_written FROM export_request""";
    private static final String CATALOGUE_COLUMNS = """
            SELECT id, report_name, period, lang, region_code, as_of, file_path, sha256, row_counts,
                   requested_by, created_at FROM report_export""";

    private final Reports reports;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Path folder;
    private final ThreadPoolTaskExecutor pool;
    private final Map<Long, ReportProgress> running = new ConcurrentHashMap<>();
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    ReportExports(Reports reports, JdbcClient jdbc, Texts texts, @Value("${legalstat.report.exports-dir}") Path folder,
                  @Value("${legalstat.report.export-threads}") int threads) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.texts = texts;
        this.folder = folder;
        this.pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(1000);
        pool.setThreadNamePrefix("export-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
    }

    /**
     * Records the request and queues it; returns at once with its id. Throws {@link ExportsBusyException}
     * when the queue is full.
     */
    public ExportRequest request(ReportName report, YearMonth period, Lang lang, String regionCode, LocalDate asOf,
                                 String requestedBy) {
        long id = jdbc.sql("""
                INSERT INTO export_request (requested_by, report_name, period, lang, region_code, as_of)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(requestedBy, report.cliName(), period.atDay(1), lang.name(), regionCode, asOf)
                .query(Long.class).single();
        queue(id, new ReportRequest(report, period, lang, regionCode, asOf, null, requestedBy));
        return find(id).orElseThrow();
    }

    /**
     * The export of {@code regionCode} by unit that opens that region's row on the page of the republic export
     * {@code parent}, as of the same day: the one asked for before, unless it failed, so that opening the row again
     * writes no new file. It is kept out of the history and of a person's latest requests.
     */
    public ExportRequest unitsOf(ExportRequest parent, String regionCode, String requestedBy) {
        LocalDate asOf = catalogueEntry(parent.exportId()).orElseThrow().asOf();
        Optional<Long> asked = jdbc.sql("""
                INSERT INTO export_request (requested_by, report_name, period, lang, region_code, as_of, opened_from)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (opened_from, region_code) WHERE opened_from IS NOT NULL AND status <> 'FAILED' DO NOTHING
                RETURNING id""")
                .params(requestedBy, parent.report().cliName(), parent.period().atDay(1), parent.lang(), regionCode,
                        asOf, parent.id())
                .query(Long.class).optional();
        if (asked.isEmpty()) {
            return jdbc.sql(REQUEST_COLUMNS + " WHERE opened_from = ? AND region_code = ? AND status <> 'FAILED'")
                    .params(parent.id(), regionCode).query(this::request).single();
        }
        queue(asked.get(), new ReportRequest(parent.report(), parent.period(), Lang.parse(parent.lang()), regionCode,
                asOf, null, requestedBy));
        return find(asked.get()).orElseThrow();
    }

    private void queue(long id, ReportRequest asked) {
        ReportProgress progress = new ReportProgress();
        running.put(id, progress);
        ReportRequest request = asked.writingTo(folder.resolve(id + "_" + asked.defaultFileName()));
        try {
            pool.execute(() -> write(id, request, progress));
        } catch (RejectedExecutionException e) {
            running.remove(id);
            fail(id, texts.both("report.export.busy"));
            throw new ExportsBusyException();
        }
    }

    /** Tells other servers that the requests this one holds are still in hand. */
    public void keepAlive() {
        if (!running.isEmpty()) {
            jdbc.sql("UPDATE export_request SET heartbeat_at = now() WHERE id = ANY(?)")
                    .param(running.keySet().toArray(Long[]::new)).update();
        }
    }

    /**
     * Takes up again the requests whose server stopped renewing them (it was killed, or the machine went down):
     * they are queued here, once, even when several servers look at the same moment. Returns how many.
     */
    public int resumeAbandoned(Duration silentFor) {
        List<Map.Entry<Long, ReportRequest>> abandoned = jdbc.sql("""
                        UPDATE export_request SET status = 'QUEUED', heartbeat_at = now()
                        WHERE id IN (SELECT id FROM export_request
                                     WHERE status IN ('QUEUED', 'RUNNING')
                                       AND heartbeat_at < now() - make_interval(secs => ?)
                                     ORDER BY id FOR UPDATE SKIP LOCKED)
                        RETURNING id, report_name, period, lang, region_code, as_of, requested_by""")
                .param((double) silentFor.toSeconds())
                .query((rs, n) -> Map.entry(rs.getLong("id"), new ReportRequest(
                        ReportName.parse(rs.getString("report_name")).orElseThrow(),
                        YearMonth.from(rs.getDate("period").toLocalDate()), Lang.valueOf(rs.getString("lang")),
                        rs.getString("region_code"),
                        rs.getDate("as_of") == null ? null : rs.getDate("as_of").toLocalDate(), null,
                        rs.getString("requested_by"))))
                .list();
        for (var request : abandoned) {
            log.info("Export {} was left unfinished by a server that stopped; writing it here", request.getKey());
            try {
                queue(request.getKey(), request.getValue());
            } catch (ExportsBusyException e) {
                // recorded as failed by queue(); the ones after it stay queued and are taken up by the next look
                log.warn("Export queue full; export {} not taken up", request.getKey());
            }
        }
        return abandoned.size();
    }

    private void write(long id, ReportRequest request, ReportProgress progress) {
        try {
            jdbc.sql("UPDATE export_request SET status = 'RUNNING', heartbeat_at = now() WHERE id = ?").param(id).update();
            ReportResult result = reports.write(request, progress);
            jdbc.sql("""
                    UPDATE export_request SET status = 'READY', export_id = ?, finished_at = now(), rows_written = ?
                    WHERE id = ?""").params(result.exportId(), progress.rowsWritten(), id).update();
        } catch (TextException e) {
            log.warn("Export {} failed: {}", id, texts.get(Lang.ru, e.key(), e.args()), e);
            fail(id, texts.both(e.key(), e.args()));
        } catch (RuntimeException e) {
            // the cause (an SQL statement, a class name) is the administrator's, in the log under the export's number;
            // the analyst is told what to do
            log.warn("Export {} failed", id, e);
            fail(id, texts.both("report.export.unexpected", String.valueOf(id)));
        } finally {
            running.remove(id);
        }
    }

    private void fail(long id, Bilingual why) {
        jdbc.sql("""
                UPDATE export_request SET status = 'FAILED', failure_kk = ?, failure_ru = ?, finished_at = now()
                WHERE id = ?""").params(why.kk(), why.ru(), id).update();
    }

    public Optional<ExportRequest> find(long id) {
        return jdbc.sql(REQUEST_COLUMNS + " WHERE id = ?").param(id).query(this::request).optional();
    }

    /** A person's own latest requests, newest first. */
    public List<ExportRequest> recent(String requestedBy, int limit) {
        return jdbc.sql(REQUEST_COLUMNS + " WHERE requested_by = ? AND opened_from IS NULL ORDER BY id DESC LIMIT ?")
                .params(requestedBy, limit).query(this::request).list();
    }

    /** The reports written for one requester (a person, or a nightly run), in the order written. */
    public List<CatalogueEntry> writtenFor(String requestedBy) {
        return jdbc.sql(CATALOGUE_COLUMNS + " WHERE requested_by = ? ORDER BY id").param(requestedBy)
                .query(ReportExports::entry).list();
    }

    /** How many reports were written for each requester named; one with none is left out. */
    public Map<String, Long> countsFor(Collection<String> requesters) {
        return jdbc.sql("""
                SELECT requested_by, count(*) FROM report_export WHERE requested_by = ANY(:requesters)
                GROUP BY requested_by""")
                .param("requesters", requesters.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<CatalogueEntry> catalogueEntry(long exportId) {
        return jdbc.sql(CATALOGUE_COLUMNS + " WHERE id = ?").param(exportId).query(ReportExports::entry).optional();
    }

    /**
     * The latest entries of the export catalogue, newest first; with a region, only that region's own reports
     * (a regional analyst never sees the republic's or another region's).
     */
    public List<CatalogueEntry> catalogue(String regionScope, int limit) {
        return catalogue(regionScope, null, null, limit);
    }

    /** The same, of one report and one period where they are given (null: any). */
    public List<CatalogueEntry> catalogue(String regionScope, ReportName report, YearMonth period, int limit) {
        return jdbc.sql(CATALOGUE_COLUMNS + " " + """
                         WHERE (CAST(:region AS varchar) IS NULL OR region_code = :region)
                           AND id NOT IN (SELECT export_id FROM export_request
                                          WHERE opened_from IS NOT NULL AND export_id IS NOT NULL)
                           AND (CAST(:report AS varchar) IS NULL OR report_name = :report)
                           AND (CAST(:period AS date) IS NULL OR period = :period)
                         ORDER BY id DESC LIMIT :limit""")
                .param("region", regionScope).param("report", report == null ? null : report.cliName())
                .param("period", period == null ? null : period.atDay(1)).param("limit", limit)
                .query(ReportExports::entry).list();
    }

    private ExportRequest request(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long id = rs.getLong("id");
        ReportProgress progress = running.getOrDefault(id, ReportProgress.untracked());
        ExportState status = ExportState.valueOf(rs.getString("status"));
        boolean ready = status == ExportState.READY;
        return new ExportRequest(id, rs.getString("requested_by"),
                ReportName.parse(rs.getString("report_name")).orElseThrow(),
                YearMonth.from(rs.getDate("period").toLocalDate()), rs.getString("lang"), rs.getString("region_code"),
                rs.getDate("as_of") == null ? null : rs.getDate("as_of").toLocalDate(), status,
                (Long) rs.getObject("export_id"),
                rs.getString("failure_ru") == null ? null
                        : new Bilingual(rs.getString("failure_kk"), rs.getString("failure_ru")),
                OfficeTime.read(rs, "requested_at"), OfficeTime.read(rs, "finished_at"),
                ready ? rs.getLong("rows_written") : progress.rowsWritten(), ready ? 100 : progress.percent());
    }

    private static CatalogueEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CatalogueEntry(rs.getLong("id"), rs.getString("report_name"), rs.getDate("period").toLocalDate(),
                rs.getString("lang"), rs.getString("region_code"), rs.getDate("as_of").toLocalDate(),
                rs.getString("file_path"), rs.getString("sha256"), rowCounts(rs.getString("row_counts")),
                rs.getString("requested_by"), OfficeTime.read(rs, "created_at"));
    }

    /** The catalogue's {@code {"table": rows}}, in the tables' order. */
    private static Map<String, Long> rowCounts(String json) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(e -> rows.put(e.getKey(), e.getValue().asLong()));
        return rows;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        pool.shutdown();
    }
}
