package kz.legalstat.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.legalstat.report.ReportName;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

/**
 * overdue-acts: one row per overdue act, by region, unit and days late (most first). Written streaming from
 * a database cursor, one sheet per million rows, so its size is bounded by disk, not by memory.
 */
@Component
class OverdueActsReport implements ReportWriter {

    static final String TABLE = "overdue";
    static final int ROWS_PER_SHEET = 1_000_000;

    private static final String FILTER = """
            FROM act_status(:from, :to, :as_of) s
            JOIN unit r ON r.code = s.region_code
            JOIN unit u ON u.code = s.unit_code
            WHERE s.is_overdue AND (CAST(:region AS varchar) IS NULL OR s.region_code = :region)
              AND s.""" + ReportContext.NOT_BLOCKED;

    private static final String ROWS = """
            SELECT s.region_code, s.unit_code, s.act_id, s.act_type, s.addressee, s.issued_on, s.received_on,
                   s.deadline_on, s.considered_on, s.reported_on, s.days_late,
                   s.is_unanswered_past_term, s.is_considered_late, s.is_reported_late,
                   count(*) OVER () AS total
            """ + FILTER + """

            ORDER BY r.sort_order, u.parent_code IS NOT NULL, u.sort_order, s.days_late DESC NULLS LAST, s.act_id""";

    @Override
    public ReportName name() {
        return ReportName.OVERDUE_ACTS;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public Map<String, Long> write(ReportContext context, TemplateWorkbook workbook) {
        // the total comes with the first row (the sort reads everything anyway): one pass, no separate count
        List<TableWriter> writers = new ArrayList<>();
        long[] written = {0};
        Labels labels = new Labels(context);
        context.jdbc().query(ROWS, context.periodParams(), rs -> {
            if (writers.isEmpty()) {
                context.progress().expect(rs.getLong("total"));
                writers.addAll(prepareSheets(context, workbook, rs.getLong("total")));
            }
            writers.get((int) (written[0] / ROWS_PER_SHEET)).row(row(labels, rs));
            written[0]++;
        });
        if (writers.isEmpty()) {
            prepareSheets(context, workbook, 0);
        }
        return Map.of(TABLE, written[0]);
    }

    /** One sheet of the template per million rows, then the streaming writers over them. */
    private static List<TableWriter> prepareSheets(ReportContext context, TemplateWorkbook workbook, long rows) {
        int sheetIndex = workbook.sheetOf(TABLE);
        String baseName = workbook.template().getSheetName(sheetIndex);
        long sheets = Math.max(1, (rows + ROWS_PER_SHEET - 1) / ROWS_PER_SHEET);
        List<Integer> indexes = new ArrayList<>(List.of(sheetIndex));
        for (int i = 2; i <= sheets; i++) {
            indexes.add(workbook.copySheet(sheetIndex, baseName + " (" + i + ")"));
        }
        List<TableSlot> slots = indexes.stream().map(index -> workbook.take(TABLE, index)).toList();
        var streaming = workbook.stream();
        return slots.stream().map(slot -> context.table(sheet(streaming, slot), slot)).toList();
    }

    private static Sheet sheet(org.apache.poi.xssf.streaming.SXSSFWorkbook workbook, TableSlot slot) {
        return workbook.getSheetAt(slot.sheetIndex());
    }

    /** The texts a register row repeats, looked up once per report rather than once per row. */
    private static final class Labels {

        final String unanswered;
        final String consideredLate;
        final String reportedLate;
        final Map<String, String> names = new java.util.HashMap<>();
        final ReportContext context;

        Labels(ReportContext context) {
            this.context = context;
            this.unanswered = context.text("report.overdue-acts.kind.unanswered");
            this.consideredLate = context.text("report.overdue-acts.kind.considered-late");
            this.reportedLate = context.text("report.overdue-acts.kind.reported-late");
        }

        String unit(String code) {
            return names.computeIfAbsent("unit:" + code, k -> context.unitName(code));
        }

        String actType(String code) {
            return names.computeIfAbsent("type:" + code,
                    k -> context.reference().codeName("ACT_TYPE", code, context.lang()));
        }
    }

    private static List<Object> row(Labels labels, ResultSet rs) throws SQLException {
        StringBuilder kinds = new StringBuilder();
        if (rs.getBoolean("is_unanswered_past_term")) {
            kinds.append(labels.unanswered);
        }
        if (rs.getBoolean("is_considered_late")) {
            kinds.append(kinds.isEmpty() ? "" : "; ").append(labels.consideredLate);
        }
        if (rs.getBoolean("is_reported_late")) {
            kinds.append(kinds.isEmpty() ? "" : "; ").append(labels.reportedLate);
        }
        List<Object> row = new ArrayList<>(12);
        row.add(labels.unit(rs.getString("region_code")));
        row.add(labels.unit(rs.getString("unit_code")));
        row.add(rs.getString("act_id"));
        row.add(labels.actType(rs.getString("act_type")));
        row.add(rs.getString("addressee"));
        row.add(date(rs, "issued_on"));
        row.add(date(rs, "received_on"));
        row.add(date(rs, "deadline_on"));
        row.add(date(rs, "considered_on"));
        row.add(date(rs, "reported_on"));
        row.add(rs.getObject("days_late") == null ? null : rs.getInt("days_late"));
        row.add(kinds.toString());
        return row;
    }

    static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
