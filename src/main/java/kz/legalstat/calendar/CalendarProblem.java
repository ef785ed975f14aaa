package kz.legalstat.calendar;

/**
 * One thing wrong with a calendar file or the year it loads: the line of the file (null for the whole file or year),
 * and the key of the message in the bundles with its arguments.
 */
public record CalendarProblem(Integer line, String key, Object... args) {
}
