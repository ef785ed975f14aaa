package kz.legalstat.calendar;

import java.util.List;

/** A calendar file not loaded, with every problem found in it; the calendar is left as it was. */
public class CalendarRejectedException extends RuntimeException {

    private final transient List<CalendarProblem> problems;

    CalendarRejectedException(List<CalendarProblem> problems) {
        super(problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    CalendarRejectedException(String key, Object... args) {
        this(List.of(new CalendarProblem(null, key, args)));
    }

    public List<CalendarProblem> problems() {
        return problems;
    }
}
