package kz.legalstat.report.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import kz.legalstat.report.ReportName;
import kz.legalstat.terms.Deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * overdue-acts: one row per overdue act, by region, unit and days late (most first). Written streaming from
 * a database cursor, one sheet per million rows, so its size is bounded by disk, not by memory.
 */
@Component
class OverdueActsReport implements ReportWriter {

    static final String TABLE = "overdue";
    static final String SUMMARY = "overdue-summary";
    static final int ROWS_PER_SHEET = 1_000_000;

    /** Acts issued in the period, and the overdue among them by kind, per region (or unit of one region). */
    private static final String SUMMARY_COUNTS = """
            SELECT %1$s AS key, count(*) AS issued, count(*) FILTER (WHERE is_overdue) AS overdue,
                   count(*) FILTER (WHERE is_unanswered_past_term) AS unanswered,
                   count(*) FILTER (WHERE is_considered_late) AS considered_late,
                   count(*) FILTER (WHERE is_reported_late) AS reported_late
            FROM act_status(:from, :to, :as_of)
            WHERE (CAST(:region AS varchar) IS NULL OR region_code = :region) AND %2$s
            GROUP BY 1""";
    /** Columns A..G of the summary. */
    private static final int SUMMARY_COLUMNS = 7;

    private static final String FILTER = """
            FROM act_status(:from, :to, :as_of) s
            JOIN unit r ON r.code = s.region_code
            JOIN unit u ON u.code = s.unit_code
            """ + Deadline.JOIN + """

            WHERE s.is_overdue AND (CAST(:region AS varchar) IS NULL OR s.region_code = :region)
              AND s.""" + ReportContext.NOT_BLOCKED;

    private static final String ROWS = """
            SELECT s.region_code, s.unit_code, s.act_id, s.act_type, s.addressee, s.issued_on, s.received_on,
                   s.deadline_on, s.considered_on, s.reported_on, s.days_late,
                   s.is_unanswered_past_term, s.is_considered_late, s.is_reported_late,
                   count(*) OVER () AS total,
            """ + Deadline.COLUMNS + "\n" + FILTER + """

            ORDER BY r.sort_order, u.parent_code IS NOT NULL, u.sort_order, s.days_late DESC NULLS LAST, s.act_id""";

    /** The portal's address, without a trailing slash; empty when the register links nowhere. */
    private final String portalUrl;

    OverdueActsReport(@Value("${legalstat.report.portal-url:}") String portalUrl) {
        this.portalUrl = portalUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public ReportName name() {
        return ReportName.OVERDUE_ACTS;
    }

    @Override
    public List<String> tables() {
        return List.of(SUMMARY, TABLE);
    }

    @Override
    public Map<String, Long> write(ReportContext context, TemplateWorkbook workbook) {
        // the units kept out, read once for both tables' notes
        String note = context.leftOutNote("act", "issued_on");
        long summaryRows = writeSummary(context, workbook, note);
        // the total comes with the first row (the sort reads everything anyway): one pass, no separate count
        List<TableWriter> writers = new ArrayList<>();
        long[] written = {0};
        Labels labels = new Labels(context);
        Subtotals subtotals = new Subtotals(context);
        try (RowHandoff handoff = new RowHandoff("overdue-acts-writer", row -> {
            TableWriter writer = writers.get((int) (written[0] / ROWS_PER_SHEET));
            subtotals.before(writer, row.get(0));
            writer.row(row);
            written[0]++;
        })) {
            context.jdbc().query(ROWS, context.periodParams(), rs -> {
                if (writers.isEmpty()) {
                    context.progress().expect(rs.getLong("total"));
                    writers.addAll(prepareSheets(context, workbook, rs.getLong("total")));
                }
                handoff.put(row(labels, context, portalUrl, rs));
            });
            handoff.finish();
        }
        if (writers.isEmpty()) {
            writers.addAll(prepareSheets(context, workbook, 0));
        } else {
            subtotals.end();
        }
        writeTotal(context, writers, written[0], note);
        writers.forEach(TableWriter::autoFilter);
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        rows.put(SUMMARY, summaryRows);
        rows.put(TABLE, written[0]);
        return rows;
    }

    /**
     * The register's total under its last row: SUBTOTAL(3, …) over every act number, which leaves the regions'
     * subtotals out and counts only what a filter shows (a plain count when the register runs over several sheets);
     * then the note on the units kept out.
     */
    private static void writeTotal(ReportContext context, List<TableWriter> writers, long acts, String note) {
        TableWriter last = writers.get(writers.size() - 1);
        Object count = writers.size() == 1 && acts > 0
                ? new Formula("SUBTOTAL(3,C" + last.firstExcelRow() + ":C" + (last.nextExcelRow() - 1) + ")", acts)
                : (Object) acts;
        last.total(java.util.Arrays.asList(context.totalLabel() + (note == null ? "" : " *"), null, count));
        last.note(note);
    }

    /**
     * The first sheet: per region (or unit), acts issued, the overdue among them, their rate per 100 and their
     * kinds; a unit kept out by its errors shows «…».
     */
    private static long writeSummary(ReportContext context, TemplateWorkbook workbook, String note) {
        Map<String, long[]> counts = new HashMap<>();
        context.jdbc().query(SUMMARY_COUNTS.formatted(context.byUnit() ? "unit_code" : "region_code",
                ReportContext.NOT_BLOCKED), context.periodParams(), rs -> {
                    counts.put(rs.getString("key"), new long[] {rs.getLong("issued"), rs.getLong("overdue"),
                            rs.getLong("unanswered"), rs.getLong("considered_late"), rs.getLong("reported_late")});
                });
        TableWriter table = context.table(workbook, workbook.take(SUMMARY));
        context.progress().expect(context.regionRows().size());
        for (var unit : context.regionRows()) {
            String label = context.markRow(unit);
            if (context.whollyLeftOut(unit)) {
                table.row(ReportContext.leftOutRow(label, SUMMARY_COLUMNS));
                continue;
            }
            long[] c = counts.getOrDefault(unit.code(), new long[5]);
            int r = table.nextExcelRow();
            table.row(List.of(label, c[0], c[1], ReportContext.per100("C" + r, "B" + r, c[1], c[0]), c[2], c[3], c[4]));
        }
        int first = table.firstExcelRow();
        int last = table.nextExcelRow() - 1;
        int r = table.nextExcelRow();
        List<Object> totals = new ArrayList<>();
        totals.add(context.totalLabel() + (note == null ? "" : " *"));
        for (int c = 1; c < SUMMARY_COLUMNS; c++) {
            String column = String.valueOf((char) ('A' + c));
            totals.add(c == 3
                    ? ReportContext.per100("C" + r, "B" + r, (long) table.columnSum(2), (long) table.columnSum(1))
                    : ReportContext.sum(column, first, last, table.columnSum(c)));
        }
        table.total(totals);
        table.note(note);
        return table.written();
    }

    /**
     * A subtotal row after each region's acts: its name, «Итого по региону» and the number of its acts, as SUBTOTAL(3, …) over the act
     * numbers, which counts only the rows an autofilter leaves visible. A region whose acts run over into the next
     * sheet gets a plain count there.
     */
    private static final class Subtotals {

        private final ReportContext context;
        /** The names of the regions a unit of which is kept out by its errors: their subtotals are marked «*». */
        private final java.util.Set<String> incomplete = new java.util.HashSet<>();
        private Object region;
        private TableWriter writer;
        private int firstExcelRow;
        private long count;
        private boolean spansSheets;

        Subtotals(ReportContext context) {
            this.context = context;
            context.blocked().keySet().forEach(unit -> incomplete.add(context.unitName(unit.substring(0, 2))));
        }

        void before(TableWriter next, Object rowRegion) {
            if (region != null && !region.equals(rowRegion)) {
                end();
            }
            if (region == null) {
                region = rowRegion;
                writer = next;
                firstExcelRow = next.nextExcelRow();
                count = 0;
                spansSheets = false;
            } else if (next != writer) {
                spansSheets = true;
                writer = next;
            }
            count++;
        }

        void end() {
            if (region == null) {
                return;
            }
            int last = writer.nextExcelRow() - 1;
            Object acts = spansSheets ? (Object) count
                    : new Formula("SUBTOTAL(3,C" + firstExcelRow + ":C" + last + ")", count);
            // the region's name as its rows have it, so that a filter on the region keeps its subtotal in view
            String name = region instanceof Label label ? label.text() : String.valueOf(region);
            writer.total(java.util.Arrays.asList(region, context.text("report.overdue-acts.subtotal")
                    + (incomplete.contains(name) ? " *" : ""), acts));
            region = null;
        }
    }

    /** One sheet of the template per million rows, then the streaming writers over them. */
    private static List<TableWriter> prepareSheets(ReportContext context, TemplateWorkbook workbook, long rows) {
        int sheetIndex = workbook.sheetOf(TABLE);
        String baseName = workbook.template().getSheetName(sheetIndex);
        long sheets = Math.max(1, (rows + ROWS_PER_SHEET - 1) / ROWS_PER_SHEET);
        List<Integer> indexes = new ArrayList<>(List.of(sheetIndex));
        for (int i = 2; i <= sheets; i++) {
            indexes.add(workbook.copySheet(sheetIndex, baseName + " (" + i + ")", sheetIndex + i - 1));
        }
        List<TableSlot> slots = indexes.stream().map(index -> workbook.take(TABLE, index)).toList();
        return slots.stream().map(slot -> context.table(workbook, slot)).toList();
    }

    /**
     * The texts a register row repeats (unit names, act types, kinds of lateness), looked up once per report
     * and written as shared strings rather than once per row.
     */
    private static final class Labels {

        private static final int EXPLANATIONS_KEPT = 50_000;

        private final ReportContext context;
        private final Map<String, Label> units = new HashMap<>();
        private final Map<String, Label> actTypes = new HashMap<>();
        private final Label[] kinds = new Label[8];
        private final Map<Explained, Label> explanations = new HashMap<>();

        private record Explained(Deadline deadline, boolean withReport) {
        }

        Labels(ReportContext context) {
            this.context = context;
        }

        Label unit(String code) {
            return units.computeIfAbsent(code, c -> new Label(context.unitName(c)));
        }

        Label actType(String code) {
            return actTypes.computeIfAbsent(code,
                    c -> new Label(context.reference().codeName("ACT_TYPE", c, context.lang())));
        }

        /**
         * How the deadline was reached, with the reporting term where asked. Acts issued or received on the same day
         * under the same term share it, so it is worded once for them (a sentence of five messages a row was half of
         * the register's time over 1 000 000 rows) and kept once in the file; past {@link #EXPLANATIONS_KEPT}
         * different ones, the rest are worded each time.
         */
        Object deadline(Deadline deadline, boolean withReport) {
            Explained key = new Explained(deadline, withReport);
            Label known = explanations.get(key);
            if (known != null) {
                return known;
            }
            String text = deadline.text(context.texts(), context.lang(), withReport);
            if (explanations.size() >= EXPLANATIONS_KEPT) {
                return text;
            }
            Label label = new Label(text);
            explanations.put(key, label);
            return label;
        }

        /** "unanswered; considered late; reported late", as many as apply, in that order. */
        Label kinds(boolean unanswered, boolean consideredLate, boolean reportedLate) {
            int index = (unanswered ? 4 : 0) | (consideredLate ? 2 : 0) | (reportedLate ? 1 : 0);
            if (kinds[index] == null) {
                StringJoiner text = new StringJoiner("; ");
                if (unanswered) {
                    text.add(context.text("report.overdue-acts.kind.unanswered"));
                }
                if (consideredLate) {
                    text.add(context.text("report.overdue-acts.kind.considered-late"));
                }
                if (reportedLate) {
                    text.add(context.text("report.overdue-acts.kind.reported-late"));
                }
                kinds[index] = new Label(text.toString());
            }
            return kinds[index];
        }
    }

    /**
     * The act's number, as a link to its page on the portal when the portal's address is known: a HYPERLINK formula,
     * which streams like any cell (a sheet's hyperlink objects would be held in memory for every row).
     */
    static Object actNumber(String portalUrl, String unitCode, String actId) {
        if (portalUrl.isEmpty()) {
            return actId;
        }
        String url = portalUrl + "/act?unit=" + URLEncoder.encode(unitCode, StandardCharsets.UTF_8) + "&id="
                + URLEncoder.encode(actId, StandardCharsets.UTF_8);
        return new Formula("HYPERLINK(\"" + url.replace("\"", "\"\"") + "\",\"" + actId.replace("\"", "\"\"") + "\")",
                actId);
    }

    /** A register row from a row of {@link #ROWS}, read by position (by name costs a lookup per cell). */
    private static List<Object> row(Labels labels, ReportContext context, String portalUrl, ResultSet rs)
            throws SQLException {
        List<Object> row = new ArrayList<>(14);
        row.add(labels.unit(rs.getString(1)));
        row.add(labels.unit(rs.getString(2)));
        row.add(actNumber(portalUrl, rs.getString(2), rs.getString(3)));
        row.add(labels.actType(rs.getString(4)));
        row.add(rs.getString(5));
        for (int date = 6; date <= 9; date++) {
            row.add(rs.getObject(date, LocalDate.class));
        }
        Deadline deadline = Deadline.read(rs, 16);
        row.add(deadline.reportDeadline());
        row.add(rs.getObject(10, LocalDate.class));
        int daysLate = rs.getInt(11);
        row.add(rs.wasNull() ? null : daysLate);
        row.add(labels.kinds(rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14)));
        // how the deadline was reached, with the reporting term where the act is late in reporting
        row.add(labels.deadline(deadline, rs.getBoolean(14)));
        return row;
    }
}
