package kz.legalstat.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.quality.Completeness;
import kz.legalstat.quality.FindingWords;
import kz.legalstat.reference.Severity;
import kz.legalstat.reference.SubmissionKind;
import kz.legalstat.report.ReportName;

import org.springframework.stereotype.Component;

/**
 * data-quality: which unit sent what and when (completeness), the findings counted per region and rule,
 * and every finding with its file, row and column, from the latest verification of the month.
 */
@Component
class DataQualityReport implements ReportWriter {

    static final String COMPLETENESS = "completeness";
    static final String SUMMARY = "summary";
    static final String FINDINGS = "findings";

    private static final String SUMMARY_ROWS = """
            SELECT f.region_code, f.rule_kk AS name_kk, f.rule_ru AS name_ru, f.severity, count(*) AS findings
            FROM finding_in_words f
            LEFT JOIN unit u ON u.code = f.region_code
            WHERE f.run_id = :run_id AND (CAST(:region AS varchar) IS NULL OR f.region_code = :region)
            GROUP BY f.region_code, u.sort_order, f.rule_kk, f.rule_ru, f.rule_order, f.severity
            ORDER BY u.sort_order NULLS FIRST, CASE f.severity WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END,
                     f.rule_order""";

    /**
     * The work list: what blocks publication first (errors, by unit), then warnings and notices; each with its rule in
     * words, and the act the finding's row holds, where the row was stored.
     */
    private static final String FINDING_ROWS = """
            SELECT f.rule_kk, f.rule_ru, f.severity, f.region_code, f.unit_code, f.file_name,
                   f.row_number, f.column_name, s.kind, a.act_id,
                   -- the server's folders are no concern of the unit's: its file is named by its name alone
                   replace(f.value, d.folder, '') AS value, replace(f.message_kk, d.folder, '') AS message_kk,
                   replace(f.message_ru, d.folder, '') AS message_ru
            FROM finding_in_words f
            LEFT JOIN submission_taken s ON s.id = f.submission_id
            CROSS JOIN LATERAL (SELECT coalesce(substring(s.file_path FROM '^(.*[/\\\\])'), '') AS folder) d
            LEFT JOIN act_in_file a ON s.kind = 'acts' AND a.submission_id = f.submission_id AND a.row_number = f.row_number
            LEFT JOIN unit r ON r.code = f.region_code
            LEFT JOIN unit u ON u.code = f.unit_code
            WHERE f.run_id = :run_id AND (CAST(:region AS varchar) IS NULL OR f.region_code = :region)
            ORDER BY CASE f.severity WHEN 'ERROR' THEN 1 WHEN 'WARNING' THEN 2 ELSE 3 END, r.sort_order NULLS FIRST,
                     u.parent_code IS NOT NULL, u.sort_order, f.file_name, f.row_number, f.id""";

    private final Completeness completeness;
    private final CorrectionDeadline correctionDeadline;

    DataQualityReport(Completeness completeness, CorrectionDeadline correctionDeadline) {
        this.completeness = completeness;
        this.correctionDeadline = correctionDeadline;
    }

    @Override
    public ReportName name() {
        return ReportName.DATA_QUALITY;
    }

    @Override
    public List<String> tables() {
        return List.of(FINDINGS, COMPLETENESS, SUMMARY);
    }

    @Override
    public Map<String, Long> write(ReportContext context, TemplateWorkbook workbook) {
        var params = context.periodParams()
                .addValue("period_start", context.period().atDay(1))
                .addValue("run_id", latestRun(context));
        Map<String, Map<String, Completeness.Status>> statuses =
                completeness.of(context.period(), context.request().regionCode());
        TableSlot findingsSlot = workbook.take(FINDINGS);
        TableSlot completenessSlot = workbook.take(COMPLETENESS);
        TableSlot summarySlot = workbook.take(SUMMARY);
        boolean kk = context.lang() == kz.legalstat.i18n.Lang.kk;
        LocalDate fixBy = correctionDeadline.of(context.period());
        FindingWords words = new FindingWords(context.texts(), context.reference(), context.lang());
        var units = context.reference().unitsIn(context.period(), context.request().regionCode());
        context.progress().expect(units.size() + context.jdbc().queryForObject("""
                SELECT count(*) FROM finding_in_words f
                WHERE f.run_id = :run_id AND (CAST(:region AS varchar) IS NULL OR f.region_code = :region)""",
                params, Long.class));
        TableWriter findings = context.table(workbook, findingsSlot);
        context.jdbc().query(FINDING_ROWS, params, rs -> {
            List<Object> row = new ArrayList<>(11);
            String severity = rs.getString("severity");
            // what many findings share is written once, as shared strings
            row.add(rs.getString("region_code") == null ? null : Label.of(context.unitName(rs.getString("region_code"))));
            row.add(rs.getString("unit_code") == null ? null : Label.of(context.unitName(rs.getString("unit_code"))));
            row.add(Label.of(context.text("report.severity." + severity)));
            row.add(Label.of(rs.getString(kk ? "rule_kk" : "rule_ru")));
            row.add(daysAsRead(words.of(rs.getString(kk ? "message_kk" : "message_ru"))));
            row.add(Severity.ERROR.name().equals(severity) ? fixBy : null);
            row.add(Label.of(fileName(rs.getString("file_name"))));
            row.add(rs.getObject("row_number") == null ? null : rs.getInt("row_number"));
            row.add(rs.getString("act_id"));
            row.add(columnWords(context, rs.getString("kind"), rs.getString("column_name")));
            row.add(value(words, rs.getString("value")));
            findings.row(row);
        });

        TableWriter completeness = context.table(workbook, completenessSlot);
        for (var unit : units) {
            List<Object> row = new ArrayList<>(List.of(context.unitName(unit.regionCode()), unit.code(),
                    context.mark(unit, false)));
            SubmissionKind.codes().forEach(kind -> row.add(text(context, statuses.get(unit.code()).get(kind))));
            completeness.row(row);
        }

        TableWriter summary = context.table(workbook, summarySlot);
        context.jdbc().query(SUMMARY_ROWS, params, rs -> {
            summary.row(List.of(rs.getString("region_code") == null ? context.text("report.data-quality.no-region")
                            : context.unitName(rs.getString("region_code")),
                    rs.getString(kk ? "name_kk" : "name_ru"),
                    context.text("report.severity." + rs.getString("severity")),
                    rs.getLong("findings")));
        });
        summary.total(java.util.Arrays.asList(context.text("report.total"), null, null,
                ReportContext.sum("D", summary.firstExcelRow(), summary.nextExcelRow() - 1, summary.columnSum(3))));
        findings.autoFilter();
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(COMPLETENESS, completeness.written());
        rows.put(SUMMARY, summary.written());
        rows.put(FINDINGS, findings.written());
        return rows;
    }

    private static Long latestRun(ReportContext context) {
        return context.jdbc().queryForObject("SELECT max(id) FROM verification WHERE period = :period_start AND completed_at IS NOT NULL",
                java.util.Map.of("period_start", context.period().atDay(1)), Long.class);
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** A finding's value: a day as a date, a code in words, anything else as it was written. */
    private static Object value(FindingWords words, String value) {
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException notADay) {
                return value;
            }
        }
        return words.of(value);
    }

    /** Days as the office writes them, dd.mm.yyyy, where a rule's text has them as the database does. */
    static String daysAsRead(String text) {
        return text == null ? null : ISO_DAY.matcher(text).replaceAll("$3.$2.$1");
    }

    /** The file's own name: a unit knows its files by name, and the server's folders are no concern of its. */
    static String fileName(String path) {
        if (path == null) {
            return null;
        }
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** A column as the unit's file heads it, in words, when the finding's file kind names one; else as it is. */
    private static String columnWords(ReportContext context, String kind, String column) {
        if (column == null) {
            return null;
        }
        for (String k : kind == null ? SubmissionKind.codes() : List.of(kind)) {
            String words = context.texts().keyOrAsIs(context.lang(), "column." + k + "." + column);
            if (!words.equals("column." + k + "." + column)) {
                return words;
            }
        }
        return column;
    }

    private static String text(ReportContext context, Completeness.Status status) {
        return switch (status.state()) {
            case CORRECTED -> context.text("report.data-quality.status.corrected", status.version());
            case LATE -> context.text("report.data-quality.status.late");
            case ON_TIME -> context.text("report.data-quality.status.on-time");
            case REJECTED -> context.text("report.data-quality.status.rejected");
            case MISSING -> context.text("report.data-quality.status.missing");
            case NOT_REQUIRED -> context.text("report.data-quality.status.not-required");
        };
    }
}
