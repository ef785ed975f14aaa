package kz.legalstat.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding of the checks weighs, the office's vocabulary wherever a file, a row or a month is checked:
 * an {@code ERROR} keeps the unit's data out of the reports until corrected; a {@code WARNING} and an {@code INFO} are
 * told, and the data is used.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The severity a person or a file names, in any letter case; empty for anything else. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
