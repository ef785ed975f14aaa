package kz.legalstat.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The terms in force and the working-day calendar, read once, deriving an act's deadlines as its row is loaded (so
 * that the row is written once, its deadlines beside it) and again when either changes. The definition:
 * <ul>
 * <li>the version of the terms for the act's type and addressee kind in force on its issue date, else the one for
 * every other addressee kind;</li>
 * <li>the term runs from the day of receipt, else of issue; a term the prosecutor writes is taken in calendar days
 * within the version's bounds (the bound applied is kept), otherwise the version's own term and unit;</li>
 * <li>its last day: that many calendar days after the start, the same-numbered day that many months later (the
 * month's last day when it has none), or the working day that many working days after the start (none past the calendar);</li>
 * <li>the deadline: the last day, or the next working day when it is not one (none past the calendar); the reporting
 * deadline the same, from the day of consideration; either in a provisional year of the calendar is marked.</li>
 * </ul>
 */
public final class DeadlineRules {

    /** An act's deadlines and how they were reached; every field may be null but {@code provisional}. */
    public record Derived(Integer termRuleId, LocalDate termStartOn, Integer term, TermUnit termUnit,
                          Integer termBound, LocalDate termLastOn, LocalDate deadlineOn, LocalDate reportLastOn,
                          LocalDate reportDeadlineOn, boolean provisional) {

        /** The act_row columns these are kept in, in the order of {@link #values()}. */
        public static final List<String> COLUMNS = List.of("term_rule_id", "term_start_on", "term", "term_unit",
                "term_bound", "term_last_on", "deadline_on", "report_last_on", "report_deadline_on",
                "deadline_provisional");

        /** The values of {@link #COLUMNS} as text for COPY (ISO dates; null for no value). */
        public List<String> values() {
            return Arrays.asList(text(termRuleId), text(termStartOn), text(term),
                    termUnit == null ? null : termUnit.name(), text(termBound), text(termLastOn), text(deadlineOn),
                    text(reportLastOn), text(reportDeadlineOn), provisional ? "t" : "f");
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private record Version(int id, String actType, String addresseeKind, LocalDate validFrom, LocalDate validTo,
                           Integer term, TermUnit termUnit, Integer minTerm, Integer maxTerm, Integer reportTerm,
                           TermUnit reportTermUnit) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private final Map<String, List<Version>> versionsByType = new HashMap<>();
    private final Set<Integer> provisionalYears;
    /** The calendar's first day; the arrays below are indexed by days since it. */
    private final long firstDay;
    private final boolean[] inCalendar;
    /** The first working day on or after a day, in the calendar; null when none. */
    private final LocalDate[] nextWorkingDay;
    /** Working days of the calendar up to and including a day. */
    private final int[] workingSeq;
    /** The working day with a given count (index: count - 1). */
    private final LocalDate[] workingDayBySeq;

    private DeadlineRules(List<Version> versions, List<LocalDate> days, List<Boolean> working,
                          Set<Integer> provisionalYears) {
        for (Version v : versions) {
            versionsByType.computeIfAbsent(v.actType(), t -> new ArrayList<>()).add(v);
        }
        this.provisionalYears = provisionalYears;
        int span = days.isEmpty() ? 0 : (int) (days.get(days.size() - 1).toEpochDay() - days.get(0).toEpochDay()) + 1;
        firstDay = days.isEmpty() ? 0 : days.get(0).toEpochDay();
        inCalendar = new boolean[span];
        nextWorkingDay = new LocalDate[span];
        workingSeq = new int[span];
        List<LocalDate> workingDays = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            int at = index(days.get(i));
            inCalendar[at] = true;
            if (working.get(i)) {
                workingDays.add(days.get(i));
            }
            workingSeq[at] = workingDays.size();
        }
        workingDayBySeq = workingDays.toArray(LocalDate[]::new);
        LocalDate next = null;
        for (int i = days.size() - 1; i >= 0; i--) {
            if (working.get(i)) {
                next = days.get(i);
            }
            nextWorkingDay[index(days.get(i))] = next;
        }
    }

    /** The terms and the calendar as the database holds them now. */
    public static DeadlineRules read(JdbcClient jdbc) {
        List<Version> versions = jdbc.sql("""
                SELECT id, act_type, addressee_kind, valid_from, valid_to, term, term_unit, min_term, max_term,
                       report_term, report_term_unit
                FROM term_rule""")
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
                        unit(rs.getString(7)), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                        (Integer) rs.getObject(10), unit(rs.getString(11))))
                .list();
        List<LocalDate> days = new ArrayList<>();
        List<Boolean> working = new ArrayList<>();
        jdbc.sql("SELECT day, is_working FROM calendar_day_said ORDER BY day").query(rs -> {
            days.add(rs.getObject(1, LocalDate.class));
            working.add(rs.getBoolean(2));
        });
        Set<Integer> provisional = new HashSet<>(jdbc.sql("SELECT year FROM calendar_year_loaded WHERE provisional")
                .query(Integer.class).list());
        return new DeadlineRules(versions, days, working, provisional);
    }

    /** The deadlines of an act of these particulars (spec: submissions' acts columns). */
    public Derived derive(String actType, String addresseeKind, LocalDate issuedOn, LocalDate receivedOn,
                          Integer termDays, LocalDate consideredOn) {
        Version rule = version(actType, addresseeKind, issuedOn);
        LocalDate start = receivedOn != null ? receivedOn : issuedOn;
        if (rule == null) {
            return new Derived(null, start, null, null, null, null, null, null, null, false);
        }
        boolean prescribed = (rule.minTerm() != null || rule.maxTerm() != null) && termDays != null;
        Integer term = rule.term();
        TermUnit unit = rule.termUnit();
        Integer bound = null;
        if (prescribed) {
            term = termDays;
            unit = TermUnit.CALENDAR_DAYS;
            if (rule.maxTerm() != null && termDays > rule.maxTerm()) {
                term = bound = rule.maxTerm();
            }
            if (rule.minTerm() != null && termDays < rule.minTerm()) {
                term = bound = rule.minTerm();
            }
        }
        LocalDate lastDay = lastDay(start, term, unit);
        LocalDate deadline = nextWorkingDay(lastDay);
        LocalDate reportLastDay = lastDay(consideredOn, rule.reportTerm(), rule.reportTermUnit());
        LocalDate reportDeadline = nextWorkingDay(reportLastDay);
        return new Derived(rule.id(), start, term, unit, bound, lastDay, deadline, reportLastDay, reportDeadline,
                provisional(deadline) || provisional(reportDeadline));
    }

    private Version version(String actType, String addresseeKind, LocalDate issuedOn) {
        Version general = null;
        for (Version v : versionsByType.getOrDefault(actType, List.of())) {
            if (v.inForceOn(issuedOn)) {
                if (v.addresseeKind() == null) {
                    general = v;
                } else if (Objects.equals(v.addresseeKind(), addresseeKind)) {
                    return v;
                }
            }
        }
        return general;
    }

    private LocalDate lastDay(LocalDate start, Integer term, TermUnit unit) {
        if (start == null || term == null) {
            return null;
        }
        return switch (unit) {
            case CALENDAR_DAYS -> start.plusDays(term);
            case MONTHS -> start.plusMonths(term);
            case WORKING_DAYS -> {
                int seq = inCalendar(start) ? workingSeq[index(start)] + term : -1;
                yield seq >= 1 && seq <= workingDayBySeq.length ? workingDayBySeq[seq - 1] : null;
            }
        };
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        return day != null && inCalendar(day) ? nextWorkingDay[index(day)] : null;
    }

    private boolean provisional(LocalDate day) {
        return day != null && provisionalYears.contains(day.getYear());
    }

    private boolean inCalendar(LocalDate day) {
        long at = day.toEpochDay() - firstDay;
        return at >= 0 && at < inCalendar.length && inCalendar[(int) at];
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - firstDay);
    }

    private static TermUnit unit(String name) {
        return name == null ? null : TermUnit.valueOf(name);
    }
}
