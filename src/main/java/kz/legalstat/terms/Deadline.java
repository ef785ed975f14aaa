package kz.legalstat.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

/**
 * How an act's deadline was reached, as the current state keeps it: the legal basis of the version of the terms it
 * took, the term as applied and the day it ran from, the bound applied to a term the prosecutor wrote, the term's
 * last day (with what the calendar says of it) and the deadline, and the same for the reporting term.
 */
public record Deadline(String basis, Integer term, String termUnit, LocalDate start, boolean fromReceipt,
                       Integer termDays, Integer bound, LocalDate lastDay, LocalDate deadline, String lastDayKind,
                       String lastDayNoteKk, String lastDayNoteRu, boolean provisional, Integer reportTerm,
                       String reportTermUnit, LocalDate consideredOn, LocalDate reportDeadline, String basisKk) {

    /** The columns a Deadline is read from, in its order, selected from the act (or act_status) {@code s}. */
    public static final String COLUMNS = """
            lt.legal_basis, s.term, s.term_unit, s.term_start_on, s.received_on IS NOT NULL, s.term_days, s.term_bound,
            s.term_last_on, s.deadline_on, lc.kind, lc.note_kk, lc.note_ru, s.deadline_provisional, s.report_term,
            s.report_term_unit, s.considered_on, s.report_deadline_on, lt.legal_basis_kk""";

    /** What {@link #COLUMNS} needs joined: the version of the terms the act took, the day its term ended on. */
    public static final String JOIN = "LEFT JOIN term_rule_basis lt ON lt.id = s.term_rule_id "
            + "LEFT JOIN calendar_day_said lc ON lc.day = s.term_last_on";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** Reads a Deadline from a row whose {@link #COLUMNS} start at column {@code first} (1-based). */
    public static Deadline read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Deadline(rs.getString(first), (Integer) rs.getObject(first + 1), rs.getString(first + 2),
                rs.getObject(first + 3, LocalDate.class), rs.getBoolean(first + 4), (Integer) rs.getObject(first + 5),
                (Integer) rs.getObject(first + 6), rs.getObject(first + 7, LocalDate.class),
                rs.getObject(first + 8, LocalDate.class), rs.getString(first + 9), rs.getString(first + 10),
                rs.getString(first + 11), rs.getBoolean(first + 12), (Integer) rs.getObject(first + 13),
                rs.getString(first + 14), rs.getObject(first + 15, LocalDate.class),
                rs.getObject(first + 16, LocalDate.class), rs.getString(first + 17));
    }

    /**
     * The whole account in one line a reader can check by hand («…10 календ. дн. с 16.09.2026 (дата получения) →
     * 26.09.2026; 26.09.2026 — суббота → 28.09.2026»); the reporting term only when {@code withReport}.
     */
    public String text(Texts texts, Lang lang, boolean withReport) {
        String basis = lang == Lang.kk && basisKk != null ? basisKk : this.basis == null ? "—" : this.basis;
        if (term == null) {
            return texts.get(lang, "report.deadline.none", basis);
        }
        StringBuilder text = new StringBuilder(texts.get(lang, "report.deadline.term", basis, term,
                texts.get(lang, "terms.unit." + termUnit), day(start),
                texts.get(lang, fromReceipt ? "report.deadline.from-received" : "report.deadline.from-issued"),
                day(lastDay)));
        if (bound != null) {
            text.append(texts.get(lang, "report.deadline.bound", termDays, bound));
        }
        if (lastDay != null && deadline != null && !lastDay.equals(deadline)) {
            text.append(texts.get(lang, "report.deadline.moved", day(lastDay), whyOff(texts, lang), day(deadline)));
        }
        if (provisional) {
            text.append(texts.get(lang, "report.deadline.provisional"));
        }
        if (withReport && reportTerm != null && consideredOn != null) {
            text.append(texts.get(lang, "report.deadline.report", reportTerm,
                    texts.get(lang, "terms.unit." + reportTermUnit), day(consideredOn), day(reportDeadline)));
        }
        return text.toString();
    }

    /** Why the term's last day is not a working day: its holiday or transfer as the calendar names it, else its weekday. */
    private String whyOff(Texts texts, Lang lang) {
        String note = lang == Lang.kk ? lastDayNoteKk : lastDayNoteRu;
        if (note != null && !note.isBlank()) {
            return note;
        }
        if ("WEEKEND".equals(lastDayKind) || lastDay.getDayOfWeek() == DayOfWeek.SATURDAY
                || lastDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return lastDay.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(lang.name()));
        }
        return texts.get(lang, "report.deadline.day-off");
    }

    private static String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }
}
