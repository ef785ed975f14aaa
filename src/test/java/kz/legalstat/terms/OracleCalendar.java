package kz.legalstat.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The oracle's calendar: the official days off and worked weekend days of 2024-2027, typed in from the office's
 * table of the official calendars (the decrees and the Labour Code), sharing nothing with the calendar table the
 * migrations load. 2027 is provisional: only the days the law fixes.
 */
final class OracleCalendar {

    static final int FIRST_YEAR = 2024;
    static final int LAST_YEAR = 2027;
    static final int PROVISIONAL_YEAR = 2027;

    /** Weekdays off, per year: holidays, days carried from holidays on a weekend, days off by decree. */
    private static final Map<Integer, String> WEEKDAYS_OFF = Map.of(
            2024, "01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16",
            2025, "01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16",
            2026, "01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 10-26 12-16",
            2027, "01-01 01-04 01-07 03-08 03-15 03-22 03-23 03-24 05-03 05-07 05-10 07-06 10-25 12-16");

    /** Saturdays and Sundays worked by decree. */
    private static final Map<Integer, String> WEEKENDS_WORKED = Map.of(2024, "05-04", 2025, "01-05");

    private final Set<LocalDate> weekdaysOff = new HashSet<>();
    private final Set<LocalDate> weekendsWorked = new HashSet<>();

    private OracleCalendar() {
    }

    static OracleCalendar official() {
        OracleCalendar calendar = new OracleCalendar();
        WEEKDAYS_OFF.forEach((year, days) -> calendar.weekdaysOff.addAll(days(year, days)));
        WEEKENDS_WORKED.forEach((year, days) -> calendar.weekendsWorked.addAll(days(year, days)));
        return calendar;
    }

    /** This calendar with one more weekday off. */
    OracleCalendar withDayOff(LocalDate day) {
        OracleCalendar changed = new OracleCalendar();
        changed.weekdaysOff.addAll(weekdaysOff);
        changed.weekendsWorked.addAll(weekendsWorked);
        changed.weekendsWorked.remove(day);
        if (!isWeekend(day)) {
            changed.weekdaysOff.add(day);
        }
        return changed;
    }

    boolean knows(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    boolean isWorking(LocalDate day) {
        if (!knows(day)) {
            throw new IllegalArgumentException("the oracle knows no calendar for " + day);
        }
        return isWeekend(day) ? weekendsWorked.contains(day) : !weekdaysOff.contains(day);
    }

    /** Working days per year, for checking the table against the published count (2025: 246). */
    Map<Integer, Integer> workingDaysPerYear() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (LocalDate d = LocalDate.of(FIRST_YEAR, 1, 1); d.getYear() <= LAST_YEAR; d = d.plusDays(1)) {
            counts.merge(d.getYear(), isWorking(d) ? 1 : 0, Integer::sum);
        }
        return counts;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Set<LocalDate> days(int year, String monthDays) {
        Set<LocalDate> days = new HashSet<>();
        for (String monthDay : monthDays.split(" ")) {
            days.add(LocalDate.parse(year + "-" + monthDay));
        }
        return days;
    }
}
