package kz.legalstat.quality;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.OfficeTime;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The findings of a month's latest completed verification, filtered as an analyst asks, and the rule catalogue. */
@Component
public class Findings {

    /** A completed verification of a month and what it found. */
    public record Verification(long id, OffsetDateTime completedAt, long errors, long warnings, long infos) {
    }

    /** Which findings to show; a null field does not filter. {@code regionScope} is the region a person keeps to. */
    public record Filter(String regionScope, String unitCode, String ruleId, String severity) {
    }

    /** A finding; {@code actId} names the act when the finding is on a row of an acts register. */
    public record Finding(String ruleId, String severity, String regionCode, String unitCode, String fileName,
                          Integer rowNumber, String columnName, String value, String messageKk, String messageRu,
                          String actId) {

        public String message(Lang lang) {
            return lang == Lang.kk ? messageKk : messageRu;
        }
    }

    /** How a list of findings can be sorted: the first key, then the usual order. */
    public enum Order {
        /** Errors first, then by region and unit in the official order, file and row: the default. */
        SEVERITY("CASE f.severity WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END"),
        /** By region and unit in the official order. */
        UNIT("r.sort_order NULLS FIRST, u.sort_order"),
        /** By rule. */
        RULE("f.rule_id"),
        /** By file and row. */
        FILE("f.file_name, f.row_number");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** How many findings a rule made in a region (null: outside every region). */
    public record Count(String ruleId, String severity, String regionCode, long findings) {
    }

    private static final String FILTERED = """
            FROM finding f
            LEFT JOIN act_in_file a ON a.submission_id = f.submission_id AND a.row_number = f.row_number
            LEFT JOIN unit r ON r.code = f.region_code
            LEFT JOIN unit u ON u.code = f.unit_code
            WHERE f.run_id = :run
              AND (CAST(:region AS varchar) IS NULL OR f.region_code = :region)
              AND (CAST(:unit AS varchar) IS NULL OR f.unit_code = :unit)
              AND (CAST(:rule AS varchar) IS NULL OR f.rule_id = :rule)
              AND (CAST(:severity AS varchar) IS NULL OR f.severity = :severity)
            """;

    private static final String FINDINGS = """
            SELECT f.rule_id, f.severity, f.region_code, f.unit_code, f.file_name, f.row_number, f.column_name,
                   f.value, f.message_kk, f.message_ru, a.act_id
            """ + FILTERED + """
            ORDER BY %s, CASE f.severity WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END, r.sort_order NULLS FIRST,
                     u.sort_order, f.file_name, f.row_number, f.id
            LIMIT :limit OFFSET :offset""";

    private final JdbcClient jdbc;

    Findings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The errors and warnings the verifications of a run found. */
    public record RunCounts(long errors, long warnings) {

        public static final RunCounts NONE = new RunCounts(0, 0);
    }

    /** The errors and warnings of each run named, by its job execution id; a run that verified nothing is left out. */
    public Map<Long, RunCounts> byRun(Collection<Long> runs) {
        return jdbc.sql("""
                SELECT q.job_execution_id, count(*) FILTER (WHERE f.severity = 'ERROR'),
                       count(*) FILTER (WHERE f.severity = 'WARNING')
                FROM quality_run q JOIN finding f ON f.run_id = q.id
                WHERE q.job_execution_id = ANY(:runs)
                GROUP BY q.job_execution_id""")
                .param("runs", runs.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new RunCounts(rs.getLong(2), rs.getLong(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Verification> latest(YearMonth period) {
        return jdbc.sql("""
                SELECT q.id, q.completed_at,
                       count(f.id) FILTER (WHERE f.severity = 'ERROR') AS errors,
                       count(f.id) FILTER (WHERE f.severity = 'WARNING') AS warnings,
                       count(f.id) FILTER (WHERE f.severity = 'INFO') AS infos
                FROM quality_run q LEFT JOIN finding f ON f.run_id = q.id
                WHERE q.id = (SELECT max(id) FROM quality_run WHERE period = ? AND completed_at IS NOT NULL)
                GROUP BY q.id, q.completed_at""")
                .param(period.atDay(1))
                .query((rs, n) -> new Verification(rs.getLong("id"), OfficeTime.read(rs, "completed_at"),
                        rs.getLong("errors"), rs.getLong("warnings"), rs.getLong("infos")))
                .optional();
    }

    /** A verification's counts within a region (null: the republic's, as read). */
    public Verification within(Verification run, String regionScope) {
        if (regionScope == null) {
            return run;
        }
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE severity = 'ERROR'), count(*) FILTER (WHERE severity = 'WARNING'),
                       count(*) FILTER (WHERE severity = 'INFO')
                FROM finding WHERE run_id = ? AND region_code = ?""")
                .params(run.id(), regionScope)
                .query((rs, n) -> new Verification(run.id(), run.completedAt(), rs.getLong(1), rs.getLong(2),
                        rs.getLong(3)))
                .single();
    }

    /** At most {@code limit} findings of the month's latest verification, errors first. */
    public List<Finding> of(YearMonth period, Filter filter, int limit) {
        return of(period, filter, Order.SEVERITY, 0, limit);
    }

    /** A page of the findings of the month's latest verification: {@code limit} from {@code offset}, in {@code order}. */
    public List<Finding> of(YearMonth period, Filter filter, Order order, int offset, int limit) {
        return latest(period).map(run -> of(run, filter, order, offset, limit)).orElse(List.of());
    }

    /** A page of the findings of a verification the caller has already read ({@link #latest}). */
    public List<Finding> of(Verification run, Filter filter, Order order, int offset, int limit) {
        return filtered(FINDINGS.formatted(order.sql), run, filter)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Finding(rs.getString("rule_id"), rs.getString("severity"),
                        rs.getString("region_code"), rs.getString("unit_code"), rs.getString("file_name"),
                        (Integer) rs.getObject("row_number"), rs.getString("column_name"), rs.getString("value"),
                        rs.getString("message_kk"), rs.getString("message_ru"), rs.getString("act_id")))
                .list();
    }

    /** How many findings the filter keeps, per rule, severity and region, most first. */
    public List<Count> counts(YearMonth period, Filter filter) {
        return latest(period).map(run -> counts(run, filter)).orElse(List.of());
    }

    /** The same, of a verification the caller has already read ({@link #latest}). */
    public List<Count> counts(Verification run, Filter filter) {
        return filtered("SELECT f.rule_id, f.severity, f.region_code, count(*) AS findings " + FILTERED
                        + " GROUP BY f.rule_id, f.severity, f.region_code ORDER BY count(*) DESC, f.rule_id, f.region_code",
                run, filter)
                .query((rs, n) -> new Count(rs.getString("rule_id"), rs.getString("severity"),
                        rs.getString("region_code"), rs.getLong("findings")))
                .list();
    }

    private JdbcClient.StatementSpec filtered(String sql, Verification run, Filter filter) {
        return jdbc.sql(sql)
                .param("run", run.id())
                .param("region", filter.regionScope())
                .param("unit", blankToNull(filter.unitCode()))
                .param("rule", blankToNull(filter.ruleId()))
                .param("severity", blankToNull(filter.severity()));
    }

    /**
     * Writes the findings as CSV (UTF-8 with BOM, {@code ;}, as the units' own files are) for a unit's office to
     * correct its submission, into {@code out}, which stays open. A value that a spreadsheet would run as a formula is prefixed with an apostrophe.
     */
    public void writeCsv(List<Finding> findings, Lang lang, List<String> header, Writer out) throws IOException {
        out.write('\uFEFF');
        // not closed: the writer is the caller's (a web response is flushed and closed by the server after this)
        CSVPrinter csv = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().print(out);
        csv.printRecord(header);
        for (Finding f : findings) {
            csv.printRecord(f.ruleId(), f.severity(), f.unitCode(), safe(f.fileName()), f.rowNumber(),
                    safe(f.columnName()), safe(f.value()), safe(f.message(lang)));
        }
        csv.flush();
    }

    private static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
