package kz.legalstat.calendar;

/**
 * A year of the calendar was loaded or replaced, in a transaction not yet committed: whatever is counted on the
 * calendar (the acts' deadlines) is brought up to date in the same transaction, so that no reader sees a mix.
 */
public record CalendarChanged(int year) {
}
