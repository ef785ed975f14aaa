package kz.legalstat.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** What a day that differs from the five-day week is, as a calendar file names it. */
enum DayKind {
    /** A public holiday, on whatever day of the week it falls. */
    HOLIDAY(false),
    /** The working day after a holiday that fell on a day off (the Labour Code's carry-over). */
    CARRIED_DAY_OFF(false),
    /** A working day made a day off by the government's decree. */
    DECREE_DAY_OFF(false),
    /** A Saturday or Sunday made a working day by the government's decree. */
    DECREE_WORKDAY(true);

    final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    static Optional<DayKind> parse(String text) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    /**
     * Whether this kind can fall on the day: a holiday on any, a day off moved or carried on a weekday, a workday moved
     * on a Saturday or Sunday.
     */
    boolean fits(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return this == HOLIDAY || weekend == working;
    }
}
