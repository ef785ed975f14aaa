package kz.legalstat.reference;

import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

/**
 * One thing wrong with a file the office loads (a calendar, the units' list) or with what it would change: the line
 * of the file (null for the whole file), and the key of the message in the bundles with its arguments.
 */
public record OfficeFileProblem(Integer line, String key, Object... args) {

    /** The problem in a person's words, with the line of the file where it has one. */
    public String text(Texts texts, Lang lang) {
        String text = texts.get(lang, key, args);
        return line == null ? text : texts.get(lang, "office-file.line", line, text);
    }
}
