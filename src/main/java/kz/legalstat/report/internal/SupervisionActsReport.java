package kz.legalstat.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;

import org.springframework.stereotype.Component;

/**
 * supervision-acts: acts issued in the period and their outcomes, by region (or by unit of one region) and
 * by act type, against the same period last year, with formula totals and a chart.
 */
@Component
class SupervisionActsReport implements ReportWriter {

    static final String BY_REGION = "by-region";
    static final String BY_ACT_TYPE = "by-act-type";
    /** Columns A..T of both tables. */
    private static final int COLUMNS = 20;
    /** This year dark, last year light: issued in blue, satisfied in green; overdue in red. */
    private static final byte[][] SERIES_COLOURS = {
            {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6},
            {(byte) 0x38, (byte) 0x76, (byte) 0x1D}, {(byte) 0xA9, (byte) 0xD0, (byte) 0x8E},
            {(byte) 0xB0, (byte) 0x2A, (byte) 0x2A}};

    /**
     * One query for a table: this period and last year's, grouped by region, unit or act type. A unit kept out this
     * year by its errors is kept out of last year's figures too, so that the change compares like with like.
     */
    private static final String COUNTS = """
            WITH cur AS (
                SELECT * FROM act_status(:from, :to, :as_of)
                WHERE (CAST(:region AS varchar) IS NULL OR region_code = :region) AND %2$s
            ), prev AS (
                SELECT * FROM act_status(:prev_from, :prev_to, :prev_as_of)
                WHERE (CAST(:region AS varchar) IS NULL OR region_code = :region) AND %2$s
            ), c AS (
                SELECT %1$s AS key, count(*) AS issued,
                       count(*) FILTER (WHERE is_considered) AS considered,
                       count(*) FILTER (WHERE is_considered AND outcome = 'SATISFIED') AS satisfied,
                       count(*) FILTER (WHERE is_considered AND outcome = 'PARTIALLY_SATISFIED') AS partially,
                       count(*) FILTER (WHERE is_considered AND outcome = 'REJECTED') AS rejected,
                       count(*) FILTER (WHERE is_considered AND outcome IN ('WITHDRAWN', 'APPEALED')) AS withdrawn,
                       count(*) FILTER (WHERE is_pending_within_term) AS pending,
                       count(*) FILTER (WHERE is_unanswered_past_term) AS unanswered,
                       count(*) FILTER (WHERE is_considered_late) AS considered_late,
                       count(*) FILTER (WHERE is_reported_late) AS reported_late,
                       count(*) FILTER (WHERE is_overdue) AS overdue,
                       coalesce(sum(persons_disciplined), 0) AS disciplined,
                       coalesce(sum(acts_revoked), 0) AS revoked,
                       coalesce(sum(amount_restored_kzt), 0) AS amount
                FROM cur GROUP BY 1
            ), p AS (
                SELECT %1$s AS key, count(*) AS issued, count(*) FILTER (WHERE is_considered) AS considered,
                       count(*) FILTER (WHERE is_considered AND outcome IN ('SATISFIED', 'PARTIALLY_SATISFIED')) AS satisfied
                FROM prev GROUP BY 1
            )
            SELECT coalesce(c.key, p.key) AS key, coalesce(c.issued, 0) AS issued, coalesce(p.issued, 0) AS issued_prev,
                   coalesce(c.considered, 0) AS considered, coalesce(c.satisfied, 0) AS satisfied,
                   coalesce(c.partially, 0) AS partially, coalesce(c.rejected, 0) AS rejected,
                   coalesce(c.withdrawn, 0) AS withdrawn, coalesce(c.pending, 0) AS pending,
                   coalesce(c.unanswered, 0) AS unanswered, coalesce(c.considered_late, 0) AS considered_late,
                   coalesce(c.reported_late, 0) AS reported_late, coalesce(c.overdue, 0) AS overdue,
                   coalesce(p.considered, 0) AS considered_prev, coalesce(p.satisfied, 0) AS satisfied_prev,
                   coalesce(c.disciplined, 0) AS disciplined, coalesce(c.revoked, 0) AS revoked,
                   coalesce(c.amount, 0) AS amount
            FROM c FULL JOIN p ON p.key = c.key""";

    @Override
    public ReportName name() {
        return ReportName.SUPERVISION_ACTS;
    }

    @Override
    public List<String> tables() {
        return List.of(BY_REGION, BY_ACT_TYPE);
    }

    @Override
    public Map<String, Long> write(ReportContext context, TemplateWorkbook workbook) {
        Map<String, ActCounts> byPlace = counts(context, context.byUnit() ? "unit_code" : "region_code");
        Map<String, ActCounts> byType = counts(context, "act_type");
        Map<String, ActCounts> places = new LinkedHashMap<>();
        Set<String> leftOut = new HashSet<>();
        for (Unit unit : context.regionRows()) {
            String label = context.markRow(unit);
            places.put(label, byPlace.getOrDefault(unit.code(), ActCounts.NONE));
            if (context.whollyLeftOut(unit)) {
                leftOut.add(label);
            }
        }
        Map<String, ActCounts> types = new LinkedHashMap<>();
        for (String type : context.reference().codes("ACT_TYPE")) {
            types.put(context.reference().codeName("ACT_TYPE", type, context.lang()),
                    byType.getOrDefault(type, ActCounts.NONE));
        }
        String note = context.leftOutNote("act", "issued_on");
        String marked = note == null ? "" : " *";
        TableSlot regionSlot = workbook.take(BY_REGION);
        TableSlot typeSlot = workbook.take(BY_ACT_TYPE);
        addCharts(context, workbook, typeSlot.sheetIndex(), places, leftOut);
        context.progress().expect(places.size() + types.size());
        writeTable(context.table(workbook, regionSlot), places, leftOut, context.totalLabel() + marked, note);
        writeTable(context.table(workbook, typeSlot), types, Set.of(), context.text("report.total") + marked, note);
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(BY_REGION, (long) places.size());
        rows.put(BY_ACT_TYPE, (long) types.size());
        return rows;
    }

    private Map<String, ActCounts> counts(ReportContext context, String key) {
        Map<String, ActCounts> counts = new HashMap<>();
        context.jdbc().query(COUNTS.formatted(key, ReportContext.NOT_BLOCKED), context.periodParams(), rs -> {
            counts.put(rs.getString("key"), new ActCounts(rs.getLong("issued"), rs.getLong("issued_prev"),
                    rs.getLong("considered"), rs.getLong("satisfied"), rs.getLong("partially"),
                    rs.getLong("rejected"), rs.getLong("withdrawn"), rs.getLong("pending"), rs.getLong("unanswered"),
                    rs.getLong("considered_late"), rs.getLong("reported_late"), rs.getLong("overdue"),
                    rs.getLong("considered_prev"), rs.getLong("satisfied_prev"), rs.getLong("disciplined"), rs.getLong("revoked"),
                    rs.getBigDecimal("amount")));
        });
        return counts;
    }

    /**
     * Columns A..T: label; issued, last year, change; considered and its outcomes; pending within term; overdue (acts,
     * each once), its three kinds and its rate per 100 acts issued; the satisfied share and its change in percentage
     * points; disciplined, revoked, millions of tenge. A row of a unit kept out shows «…» for its figures, and the
     * note under the table says what is out.
     */
    private void writeTable(TableWriter table, Map<String, ActCounts> rows, Set<String> leftOut, String totalLabel,
                            String note) {
        for (var entry : rows.entrySet()) {
            int r = table.nextExcelRow();
            ActCounts c = entry.getValue();
            if (leftOut.contains(entry.getKey())) {
                table.row(ReportContext.leftOutRow(entry.getKey(), COLUMNS));
                continue;
            }
            table.row(List.of(entry.getKey(), c.issued(), c.issuedPrev(),
                    ReportContext.change("B" + r, "C" + r, c.issued(), c.issuedPrev()),
                    c.considered(), c.satisfied(), c.partially(), c.rejected(), c.withdrawnAppealed(), c.pending(),
                    c.overdue(), c.unanswered(), c.consideredLate(), c.reportedLate(),
                    ReportContext.per100("K" + r, "B" + r, c.overdue(), c.issued()), rate(r, c.considered(), c.satisfiedAny()),
                    rateChange(r, c.considered(), c.satisfiedAny(), c.consideredPrev(), c.satisfiedPrev()),
                    c.disciplined(), c.revoked(), millions(c.amount())));
        }
        int first = table.firstExcelRow();
        int last = table.nextExcelRow() - 1;
        int r = table.nextExcelRow();
        long consideredPrev = rows.entrySet().stream().filter(e -> !leftOut.contains(e.getKey()))
                .mapToLong(e -> e.getValue().consideredPrev()).sum();
        long satisfiedPrev = rows.entrySet().stream().filter(e -> !leftOut.contains(e.getKey()))
                .mapToLong(e -> e.getValue().satisfiedPrev()).sum();
        List<Object> totals = new ArrayList<>();
        totals.add(totalLabel);
        for (int c = 1; c < COLUMNS; c++) {
            String column = String.valueOf((char) ('A' + c));
            totals.add(switch (c) {
                case 3 -> ReportContext.change("B" + r, "C" + r, (long) table.columnSum(1), (long) table.columnSum(2));
                case 14 -> ReportContext.per100("K" + r, "B" + r, (long) table.columnSum(10), (long) table.columnSum(1));
                case 15 -> rate(r, (long) table.columnSum(4), (long) (table.columnSum(5) + table.columnSum(6)));
                case 16 -> rateChange(r, (long) table.columnSum(4), (long) (table.columnSum(5) + table.columnSum(6)),
                        consideredPrev, satisfiedPrev);
                default -> ReportContext.sum(column, first, last, table.columnSum(c));
            });
        }
        table.total(totals);
        table.note(note);
    }

    /** Tenge in millions, as the table shows money. */
    private static double millions(BigDecimal tenge) {
        return tenge.movePointLeft(6).doubleValue();
    }

    /** (satisfied + partially) / considered, «х» when nothing was considered. */
    private static Formula rate(int r, long considered, long satisfiedAny) {
        Object cached = considered == 0 ? ReportContext.NOT_APPLICABLE : (double) satisfiedAny / considered;
        return new Formula("IF(E" + r + "=0,\"" + ReportContext.NOT_APPLICABLE + "\",(F" + r + "+G" + r + ")/E" + r + ")",
                cached);
    }

    /**
     * The satisfied share this period less last year's, in percentage points; last year's share is written into the
     * formula, as the table does not show last year's considered acts. «х» when either year considered none.
     */
    private static Formula rateChange(int r, long considered, long satisfiedAny, long consideredPrev,
                                      long satisfiedPrev) {
        if (considered == 0 || consideredPrev == 0) {
            return new Formula("\"" + ReportContext.NOT_APPLICABLE + "\"", ReportContext.NOT_APPLICABLE);
        }
        double cached = ((double) satisfiedAny / considered - (double) satisfiedPrev / consideredPrev) * 100;
        return new Formula("(P" + r + "-" + satisfiedPrev + "/" + consideredPrev + ")*100", cached);
    }

    /**
     * The figures sheet after the tables: issued and satisfied by region, this period against last year's, and the
     * overdue acts per 100 issued, each a page of its own.
     */
    private void addCharts(ReportContext context, TemplateWorkbook workbook, int after, Map<String, ActCounts> places,
                           Set<String> leftOut) {
        List<String> names = new ArrayList<>();
        List<ActCounts> counts = new ArrayList<>();
        places.forEach((name, c) -> {
            if (!leftOut.contains(name)) {
                names.add(name);
                counts.add(c);
            }
        });
        String period = context.periodText();
        String prevPeriod = context.prevPeriodText();
        String subject = context.text(context.byUnit() ? "report.supervision-acts.subject.unit"
                : "report.supervision-acts.subject.region");
        var issuedAndSatisfied = new ChartSheet.Figure(
                context.text("report.supervision-acts.chart", period, regionOrRepublic(context)),
                context.text("report.chart.acts"), List.of(
                        new ChartSheet.Series(context.text("report.supervision-acts.series.issued", period),
                                counts.stream().map(ActCounts::issued).toList(), SERIES_COLOURS[0]),
                        new ChartSheet.Series(context.text("report.supervision-acts.series.issued", prevPeriod),
                                counts.stream().map(ActCounts::issuedPrev).toList(), SERIES_COLOURS[1]),
                        new ChartSheet.Series(context.text("report.supervision-acts.series.satisfied", period),
                                counts.stream().map(ActCounts::satisfiedAny).toList(), SERIES_COLOURS[2]),
                        new ChartSheet.Series(context.text("report.supervision-acts.series.satisfied", prevPeriod),
                                counts.stream().map(ActCounts::satisfiedPrev).toList(), SERIES_COLOURS[3])));
        var overdueRate = new ChartSheet.Figure(
                context.text("report.supervision-acts.chart.overdue", period, regionOrRepublic(context)),
                context.text("report.supervision-acts.per-100"), List.of(
                        new ChartSheet.Series(context.text("report.supervision-acts.series.per-100", period),
                                counts.stream().map(c -> c.issued() == 0 ? 0.0 : c.overdue() * 100.0 / c.issued())
                                        .toList(), SERIES_COLOURS[4])));
        ChartSheet.add(workbook.template(), after, context.text("report.sheet.figures"),
                context.text("report.chart.data"), subject, names, List.of(issuedAndSatisfied, overdueRate),
                context.text("report.supervision-acts.title") + ", " + period, context.text("report.page"));
    }

    private static String regionOrRepublic(ReportContext context) {
        return context.request().regionCode() == null ? context.text("report.region.all")
                : context.unitName(context.request().regionCode());
    }
}
