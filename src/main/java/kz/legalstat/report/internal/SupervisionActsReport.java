package kz.legalstat.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
    /** This year dark, last year light: issued in blue, satisfied in green. */
    private static final byte[][] SERIES_COLOURS = {
            {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6},
            {(byte) 0x38, (byte) 0x76, (byte) 0x1D}, {(byte) 0xA9, (byte) 0xD0, (byte) 0x8E}};

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
                SELECT %1$s AS key, count(*) AS issued,
                       count(*) FILTER (WHERE is_considered AND outcome IN ('SATISFIED', 'PARTIALLY_SATISFIED')) AS satisfied
                FROM prev GROUP BY 1
            )
            SELECT coalesce(c.key, p.key) AS key, coalesce(c.issued, 0) AS issued, coalesce(p.issued, 0) AS issued_prev,
                   coalesce(c.considered, 0) AS considered, coalesce(c.satisfied, 0) AS satisfied,
                   coalesce(c.partially, 0) AS partially, coalesce(c.rejected, 0) AS rejected,
                   coalesce(c.withdrawn, 0) AS withdrawn, coalesce(c.pending, 0) AS pending,
                   coalesce(c.unanswered, 0) AS unanswered, coalesce(c.considered_late, 0) AS considered_late,
                   coalesce(c.reported_late, 0) AS reported_late, coalesce(c.overdue, 0) AS overdue, coalesce(p.satisfied, 0) AS satisfied_prev,
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
        addChart(context, workbook, regionSlot, places);
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
                    rs.getLong("satisfied_prev"), rs.getLong("disciplined"), rs.getLong("revoked"),
                    rs.getBigDecimal("amount")));
        });
        return counts;
    }

    /**
     * Columns A..T: label, issued, last year, change, outcomes, pending within term, unanswered past term, considered
     * late, reported late, overdue (acts, each once), rate, disciplined, revoked, tenge, then satisfied in full or in
     * part this year and last (the chart's second pair of series). A row of a unit kept out shows «…» for its figures,
     * and the note under the table says what is out.
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
                    c.unanswered(), c.consideredLate(), c.reportedLate(), c.overdue(),
                    rate(r, c.considered(), c.satisfied(), c.partially()), c.disciplined(), c.revoked(),
                    c.amount(), new Formula("F" + r + "+G" + r, c.satisfied() + c.partially()), c.satisfiedPrev()));
        }
        int first = table.firstExcelRow();
        int last = table.nextExcelRow() - 1;
        int r = table.nextExcelRow();
        List<Object> totals = new ArrayList<>();
        totals.add(totalLabel);
        for (int c = 1; c < COLUMNS; c++) {
            String column = String.valueOf((char) ('A' + c));
            totals.add(switch (c) {
                case 3 -> ReportContext.change("B" + r, "C" + r, (long) table.columnSum(1), (long) table.columnSum(2));
                case 14 -> rate(r, (long) table.columnSum(4), (long) table.columnSum(5), (long) table.columnSum(6));
                // column S holds formulas (F+G), so its sum is that of F and G
                case 18 -> ReportContext.sum(column, first, last, table.columnSum(5) + table.columnSum(6));
                default -> ReportContext.sum(column, first, last, table.columnSum(c));
            });
        }
        table.total(totals);
        table.note(note);
    }

    /** (satisfied + partially) / considered, "—" when nothing was considered. */
    private static Formula rate(int r, long considered, long satisfied, long partially) {
        Object cached = considered == 0 ? "—" : (double) (satisfied + partially) / considered;
        return new Formula("IF(E" + r + "=0,\"—\",(F" + r + "+G" + r + ")/E" + r + ")", cached);
    }

    /** Issued and satisfied by region, this year against last, below the table. */
    private void addChart(ReportContext context, TemplateWorkbook workbook, TableSlot slot,
                          Map<String, ActCounts> places) {
        XSSFSheet sheet = workbook.template().getSheetAt(slot.sheetIndex());
        int top = slot.firstRow() + places.size() + 3;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 15, top + 24));
        chart.setTitleText(context.text("report.supervision-acts.chart"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        String[] labels = places.keySet().toArray(String[]::new);
        String sheetRef = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        int first = slot.firstRow() + 1;
        int last = slot.firstRow() + places.size();
        String labelRange = sheetRef + "$A$" + first + ":$A$" + last;
        var categories = XDDFDataSourcesFactory.fromArray(labels, labelRange);
        int year = context.period().getYear();
        String[][] series = {
                {"B", context.text("report.supervision-acts.series.issued", String.valueOf(year))},
                {"C", context.text("report.supervision-acts.series.issued", String.valueOf(year - 1))},
                {"S", context.text("report.supervision-acts.series.satisfied", String.valueOf(year))},
                {"T", context.text("report.supervision-acts.series.satisfied", String.valueOf(year - 1))}};
        List<java.util.function.ToLongFunction<ActCounts>> values = List.of(ActCounts::issued, ActCounts::issuedPrev,
                c -> c.satisfied() + c.partially(), ActCounts::satisfiedPrev);
        for (int i = 0; i < series.length; i++) {
            String range = sheetRef + "$" + series[i][0] + "$" + first + ":$" + series[i][0] + "$" + last;
            var source = XDDFDataSourcesFactory.fromArray(values(places, values.get(i)), range);
            XDDFChartData.Series added = data.addSeries(categories, source);
            added.setTitle(series[i][1], null);
            added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[i])));
        }
        data.setVaryColors(false);
        chart.plot(data);
    }

    private static Long[] values(Map<String, ActCounts> places, java.util.function.ToLongFunction<ActCounts> f) {
        return places.values().stream().map(c -> f.applyAsLong(c)).toArray(Long[]::new);
    }

}
