package kz.legalstat.calendar;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

/**
 * One thing wrong with a calendar file or the year it loads: the line of the file (null for the whole file or year),
 * and the key of the message in the bundles with its arguments.
 */
public record CalendarProblem(Integer line, String key, Object... args) {

    /** The problem in a person's words, with the line of the file where it has one. */
    public String text(Texts texts, Lang lang) {
        String text = texts.get(lang, key, args);
        return line == null ? text : texts.get(lang, "calendar.line", line, text);
    }
}
