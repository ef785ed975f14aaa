package kz.legalstat.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How an act's deadline was reached, in one line a reader can check by hand: the legal basis, the term and the day it
 * ran from, its last day, and where that day was not a working day, why and where the deadline moved («26.09.2026 —
 * суббота → 28.09.2026»); a term the prosecutor wrote outside the law's bounds, a provisional calendar and the
 * reporting term are told too.
 */
final class DeadlineExplanation {

    /** The columns the text is made of, selected from act_status {@code s} joined by {@link #JOIN}, in this order. */
    static final String COLUMNS = """
            s.term_basis, s.term, s.term_unit, s.term_start_on, s.received_on IS NOT NULL, s.term_days, s.term_bound,
            s.term_last_on, s.deadline_on, lc.kind, CASE WHEN :lang = 'kk' THEN lc.note_kk ELSE lc.note_ru END,
            s.deadline_provisional, s.report_term, s.report_term_unit, s.considered_on, s.report_deadline_on,
            s.is_reported_late""";

    /** What {@link #COLUMNS} needs joined: the calendar day the term ended on. */
    static final String JOIN = "LEFT JOIN calendar_day lc ON lc.day = s.term_last_on";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final ReportContext context;

    DeadlineExplanation(ReportContext context) {
        this.context = context;
    }

    /** The text for the row, whose {@link #COLUMNS} start at column {@code first} (1-based). */
    String text(ResultSet rs, int first) throws SQLException {
        String basis = rs.getString(first);
        int term = rs.getInt(first + 1);
        if (rs.wasNull()) {
            return context.text("report.deadline.none", basis == null ? "—" : basis);
        }
        StringBuilder text = new StringBuilder(context.text("report.deadline.term", basis, term,
                context.text("terms.unit." + rs.getString(first + 2)), day(rs, first + 3),
                context.text(rs.getBoolean(first + 4) ? "report.deadline.from-received" : "report.deadline.from-issued"),
                day(rs, first + 7)));
        int bound = rs.getInt(first + 6);
        if (!rs.wasNull()) {
            text.append(context.text("report.deadline.bound", rs.getInt(first + 5), bound));
        }
        LocalDate last = rs.getObject(first + 7, LocalDate.class);
        LocalDate deadline = rs.getObject(first + 8, LocalDate.class);
        if (last != null && deadline != null && !last.equals(deadline)) {
            text.append(context.text("report.deadline.moved", DAY.format(last),
                    why(last, rs.getString(first + 9), rs.getString(first + 10)), DAY.format(deadline)));
        }
        if (rs.getBoolean(first + 11)) {
            text.append(context.text("report.deadline.provisional"));
        }
        int reportTerm = rs.getInt(first + 12);
        if (!rs.wasNull() && rs.getBoolean(first + 16)) {
            text.append(context.text("report.deadline.report", reportTerm,
                    context.text("terms.unit." + rs.getString(first + 13)), day(rs, first + 14), day(rs, first + 15)));
        }
        return text.toString();
    }

    /** Why a day is not a working day: its holiday or transfer as the calendar names it, else the day of the week. */
    private String why(LocalDate day, String kind, String note) {
        if (note != null && !note.isBlank()) {
            return note;
        }
        if ("WEEKEND".equals(kind) || day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return day.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(
                    context.lang().name()));
        }
        return context.text("report.deadline.day-off");
    }

    private static String day(ResultSet rs, int column) throws SQLException {
        LocalDate day = rs.getObject(column, LocalDate.class);
        return day == null ? "—" : DAY.format(day);
    }
}
