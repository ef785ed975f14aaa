package kz.legalstat.report.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportProgress;
import kz.legalstat.report.ReportRequest;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What every report writer needs: the request, the database, the reference data and the texts. */
record ReportContext(ReportRequest request, NamedParameterJdbcTemplate jdbc, ReferenceData reference, Texts texts,
                     Map<String, Integer> blocked, ReportProgress progress) {

    /** SQL condition: the row's unit is not held back by the month's verification. */
    static final String NOT_BLOCKED = "unit_code NOT IN (SELECT b.unit_code FROM blocked_units(:period_start) b)";

    /**
     * A row label, marked with * when the row's data is partly or wholly kept out by errors: a region's row
     * of a by-region table adds up its whole territory, a unit's row only its own office.
     */
    String mark(Unit unit, boolean wholeTerritory) {
        return marked(unit.name(lang()), unit, wholeTerritory);
    }

    private String marked(String label, Unit unit, boolean wholeTerritory) {
        boolean held = wholeTerritory ? blocked.keySet().stream().anyMatch(unit::covers) : blocked.containsKey(unit.code());
        return held ? label + " *" : label;
    }

    /**
     * The label of a row of {@link #regionRows()}: regions add up their territory, a region's units do not. Among a
     * region's units, the region's own office is named as such, not to be read as the region's total.
     */
    String markRow(Unit unit) {
        String name = byUnit() && unit.isRegion() ? text("report.unit.own-office", unit.name(lang()))
                : unit.name(lang());
        return marked(name, unit, !byUnit());
    }

    /** What a unit kept out by its errors shows instead of its figures, this year and last. */
    static final String LEFT_OUT = "…";

    /** Whether a row of {@link #regionRows()} is a unit whose own data is wholly kept out by its errors. */
    boolean whollyLeftOut(Unit unit) {
        return byUnit() && blocked.containsKey(unit.code());
    }

    /** The row of a unit wholly kept out: its label, then «…» in each of the other columns. */
    static List<Object> leftOutRow(String label, int columns) {
        List<Object> row = new java.util.ArrayList<>(List.of(label));
        for (int c = 1; c < columns; c++) {
            row.add(LEFT_OUT);
        }
        return row;
    }

    /**
     * The note under a table when units are kept out by their errors, this year and last alike: which, and how many
     * rows of {@code relation} (acts, records) each has this period and the same period last year by
     * {@code dateColumn}. Null when no unit within the report's region is kept out.
     */
    String leftOutNote(String relation, String dateColumn) {
        String region = request.regionCode();
        if (blocked.keySet().stream().noneMatch(code -> region == null || code.startsWith(region))) {
            return null;
        }
        List<String> units = new java.util.ArrayList<>();
        jdbc.query("""
                SELECT unit_code, count(*) FILTER (WHERE %2$s BETWEEN :from AND :to),
                       count(*) FILTER (WHERE %2$s BETWEEN :prev_from AND :prev_to)
                FROM %1$s
                WHERE unit_code IN (SELECT b.unit_code FROM blocked_units(:period_start) b)
                  AND (CAST(:region AS varchar) IS NULL OR region_code = :region)
                  -- the two periods bound what is read, not only what is counted: the history holds every month
                  AND (%2$s BETWEEN :from AND :to OR %2$s BETWEEN :prev_from AND :prev_to)
                GROUP BY unit_code ORDER BY unit_code""".formatted(relation, dateColumn), periodParams(),
                rs -> {
                    units.add(text("report.left-out.unit", rs.getString(1), unitName(rs.getString(1)), rs.getLong(2),
                            rs.getLong(3)));
                });
        return text("report.left-out", units.isEmpty() ? "—" : String.join("; ", units));
    }

    /** A writer of one table of the report, counting its rows into the report's progress. */
    TableWriter table(TemplateWorkbook workbook, TableSlot slot) {
        return workbook.table(slot, progress);
    }

    Lang lang() {
        return request.lang();
    }

    String text(String key, Object... args) {
        return texts.get(lang(), key, args);
    }

    YearMonth period() {
        return request.period();
    }

    /** The cumulative period in words: «январь – ноябрь 2026 г.», or the month alone for January. */
    String periodText() {
        return periodText(period().getYear());
    }

    /** The same period of the year before, in words. */
    String prevPeriodText() {
        return periodText(period().getYear() - 1);
    }

    private String periodText(int year) {
        int month = period().getMonthValue();
        String last = text("report.month." + month);
        return month == 1 ? text("report.period.single", last, String.valueOf(year))
                : text("report.period.range", text("report.month.1"), last, String.valueOf(year));
    }

    /**
     * Parameters of the period and of the same period last year: {@code from, to, as_of} and
     * {@code prev_from, prev_to, prev_as_of}, plus {@code region} (null for the republic).
     */
    MapSqlParameterSource periodParams() {
        YearMonth p = period();
        LocalDate asOf = request.effectiveAsOf();
        return new MapSqlParameterSource()
                .addValue("from", LocalDate.of(p.getYear(), 1, 1))
                .addValue("to", p.atEndOfMonth())
                .addValue("as_of", asOf)
                .addValue("prev_from", LocalDate.of(p.getYear() - 1, 1, 1))
                .addValue("prev_to", p.minusYears(1).atEndOfMonth())
                .addValue("prev_as_of", asOf.minusYears(1))
                .addValue("region", request.regionCode(), java.sql.Types.VARCHAR)
                .addValue("period_start", p.atDay(1));
    }

    /**
     * The rows of a by-region table, named as of the period: the regions, or with a region filter the units of that
     * region; a unit no units' list held from last year's January to the period has no figure in the table, this
     * year's or last year's, and no row.
     */
    List<Unit> regionRows() {
        YearMonth lastJanuary = YearMonth.of(period().getYear() - 1, 1);
        return (request.regionCode() == null ? reference.regions() : reference.unitsOf(request.regionCode()))
                .stream().filter(u -> reference.listedBetween(u.code(), lastJanuary, period()))
                .map(u -> reference.unitAsOf(u.code(), period()).orElse(u)).toList();
    }

    boolean byUnit() {
        return request.regionCode() != null;
    }

    String totalLabel() {
        return text(byUnit() ? "report.total.region" : "report.total.republic");
    }

    /** A unit's name as of the period (ReferenceData#unitAsOf). */
    String unitName(String code) {
        return reference.unitAsOf(code, period()).map(u -> u.name(lang())).orElse(code);
    }

    /** The standard symbol of a figure that has no meaning, such as a change from nothing. */
    static final String NOT_APPLICABLE = "х";

    /** Change in percent as a formula: «х» where last year's count was 0, never infinity. */
    static Formula change(String current, String previous, long currentValue, long previousValue) {
        Object cached = previousValue == 0 ? NOT_APPLICABLE : (double) (currentValue - previousValue) / previousValue;
        return new Formula("IF(" + previous + "=0,\"" + NOT_APPLICABLE + "\",(" + current + "-" + previous + ")/"
                + previous + ")", cached);
    }

    /** {@code part} per 100 of {@code whole} as a formula: «х» where the whole is 0. */
    static Formula per100(String part, String whole, long partValue, long wholeValue) {
        Object cached = wholeValue == 0 ? NOT_APPLICABLE : partValue * 100.0 / wholeValue;
        return new Formula("IF(" + whole + "=0,\"" + NOT_APPLICABLE + "\"," + part + "/" + whole + "*100)", cached);
    }

    static Formula sum(String column, int firstRow, int lastRow, double cached) {
        return new Formula("SUM(" + column + firstRow + ":" + column + lastRow + ")", cached);
    }
}
