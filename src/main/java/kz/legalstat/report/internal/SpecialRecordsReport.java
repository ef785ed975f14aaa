package kz.legalstat.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;

import org.springframework.stereotype.Component;

/**
 * special-records: criminal offences registered by region and by category against the same period last
 * year, their current status, and the supervision acts that concern them.
 */
@Component
class SpecialRecordsReport implements ReportWriter {

    static final String BY_REGION = "by-region";
    static final String BY_CATEGORY = "by-category";

    /** A unit kept out this year by its errors is kept out of last year's figures too: like with like. */
    private static final String COUNTS = """
            SELECT %1$s AS key, category, status,
                   count(*) FILTER (WHERE registered_on BETWEEN :from AND :to) AS cur,
                   count(*) FILTER (WHERE registered_on BETWEEN :prev_from AND :prev_to) AS prev
            FROM special_record
            WHERE (CAST(:region AS varchar) IS NULL OR region_code = :region) AND %2$s
              AND (registered_on BETWEEN :from AND :to OR registered_on BETWEEN :prev_from AND :prev_to)
            GROUP BY 1, 2, 3""";

    private static final String ACTS_BY_CATEGORY = """
            SELECT r.category, count(*) AS acts
            FROM act_status(:from, :to, :as_of) a
            JOIN special_record r ON r.record_id = a.record_ref
            WHERE (CAST(:region AS varchar) IS NULL OR a.region_code = :region) AND a.%s
            GROUP BY r.category""";

    @Override
    public ReportName name() {
        return ReportName.SPECIAL_RECORDS;
    }

    @Override
    public List<String> tables() {
        return List.of(BY_REGION, BY_CATEGORY);
    }

    @Override
    public Map<String, Long> write(ReportContext context, TemplateWorkbook workbook) {
        Set<String> categories = context.reference().codes("RECORD_CATEGORY");
        Set<String> statuses = context.reference().codes("RECORD_STATUS");
        Map<String, Map<String, long[]>> byPlace = new HashMap<>();
        Map<String, Map<String, long[]>> byCategory = new HashMap<>();
        context.jdbc().query(COUNTS.formatted(context.byUnit() ? "unit_code" : "region_code", ReportContext.NOT_BLOCKED),
                context.periodParams(),
                rs -> {
                    long cur = rs.getLong("cur");
                    long prev = rs.getLong("prev");
                    add(byPlace, rs.getString("key"), "", cur, prev);
                    add(byPlace, rs.getString("key"), rs.getString("category"), cur, prev);
                    add(byCategory, rs.getString("category"), "", cur, prev);
                    add(byCategory, rs.getString("category"), rs.getString("status"), cur, prev);
                });
        Map<String, Long> acts = new HashMap<>();
        context.jdbc().query(ACTS_BY_CATEGORY.formatted(ReportContext.NOT_BLOCKED), context.periodParams(),
                rs -> {
                    acts.put(rs.getString("category"), rs.getLong("acts"));
                });

        TableSlot regionSlot = workbook.take(BY_REGION);
        TableSlot categorySlot = workbook.take(BY_CATEGORY);
        addChart(context, workbook, categorySlot.sheetIndex(), categories, byCategory);
        String note = context.leftOutNote("special_record", "registered_on");
        String marked = note == null ? "" : " *";
        context.progress().expect(context.regionRows().size() + categories.size());
        TableWriter places = context.table(workbook, regionSlot);
        for (Unit unit : context.regionRows()) {
            Map<String, long[]> c = byPlace.getOrDefault(unit.code(), Map.of());
            places.row(context.whollyLeftOut(unit) ? ReportContext.leftOutRow(context.markRow(unit), 4 + categories.size())
                    : countsRow(places.nextExcelRow(), context.markRow(unit), c, categories, null));
        }
        places.total(totalRow(places, context.totalLabel() + marked, 4 + categories.size()));
        places.note(note);

        TableWriter byCat = context.table(workbook, categorySlot);
        for (String category : categories) {
            Map<String, long[]> c = byCategory.getOrDefault(category, Map.of());
            byCat.row(countsRow(byCat.nextExcelRow(), context.reference().codeName("RECORD_CATEGORY", category,
                    context.lang()), c, statuses, acts.getOrDefault(category, 0L)));
        }
        byCat.total(totalRow(byCat, context.text("report.total") + marked, 4 + statuses.size() + 1));
        byCat.note(note);

        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(BY_REGION, places.written());
        rows.put(BY_CATEGORY, byCat.written());
        return rows;
    }

    /** The figures sheet after the tables: records by category, this period against the same period last year. */
    private static void addChart(ReportContext context, TemplateWorkbook workbook, int after, Set<String> categories,
                                 Map<String, Map<String, long[]>> byCategory) {
        List<String> names = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        List<Long> previous = new ArrayList<>();
        for (String category : categories) {
            names.add(context.reference().codeName("RECORD_CATEGORY", category, context.lang()));
            long[] all = byCategory.getOrDefault(category, Map.of()).getOrDefault("", new long[2]);
            current.add(all[0]);
            previous.add(all[1]);
        }
        String period = context.periodText();
        String region = context.request().regionCode() == null ? context.text("report.region.all")
                : context.unitName(context.request().regionCode());
        var figure = new ChartSheet.Figure(context.text("report.special-records.chart", period, region),
                context.text("report.chart.records"), List.of(
                        new ChartSheet.Series(context.text("report.special-records.series", period), current,
                                new byte[] {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}),
                        new ChartSheet.Series(context.text("report.special-records.series", context.prevPeriodText()),
                                previous, new byte[] {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6})));
        ChartSheet.add(workbook.template(), after, context.text("report.sheet.figures"),
                context.text("report.chart.data"), context.text("report.special-records.category"), names,
                List.of(figure), context.text("report.special-records.title") + ", " + period,
                context.text("report.page"));
    }

    private static void add(Map<String, Map<String, long[]>> counts, String key, String part, long cur, long prev) {
        long[] c = counts.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(part, p -> new long[2]);
        c[0] += cur;
        c[1] += prev;
    }

    /** label, registered this period, last year, change, then this period's count per part (and acts). */
    private static List<Object> countsRow(int r, String label, Map<String, long[]> c, Set<String> parts, Long acts) {
        long[] all = c.getOrDefault("", new long[2]);
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(all[0]);
        row.add(all[1]);
        row.add(ReportContext.change("B" + r, "C" + r, all[0], all[1]));
        for (String part : parts) {
            row.add(c.getOrDefault(part, new long[2])[0]);
        }
        if (acts != null) {
            row.add(acts);
        }
        return row;
    }

    /** Sums of every numeric column; the change column recomputed from the sums. Cached values by formula. */
    private static List<Object> totalRow(TableWriter table, String label, int width) {
        int first = table.firstExcelRow();
        int last = table.nextExcelRow() - 1;
        int r = table.nextExcelRow();
        List<Object> row = new ArrayList<>();
        row.add(label);
        for (int c = 1; c < width; c++) {
            row.add(c == 3
                    ? ReportContext.change("B" + r, "C" + r, (long) table.columnSum(1), (long) table.columnSum(2))
                    : ReportContext.sum(String.valueOf((char) ('A' + c)), first, last, table.columnSum(c)));
        }
        return row;
    }
}
