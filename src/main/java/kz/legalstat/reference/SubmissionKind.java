package kz.legalstat.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a unit sends for a month: its register of acts of supervision, its extract of special records, its aggregate
 * statistical form. Each is named in files, pages and the database by its code: {@code acts_1910_2026-10.csv}.
 */
public enum SubmissionKind {
    ACTS, RECORDS, FORM;

    /** The kind's name in file names, the database and message keys: {@code acts}, {@code records}, {@code form}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every kind's code, in the order pages and reports list them. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(SubmissionKind::code).toList();
    }

    /** The kind a file name, a page or the database names by its code, exactly; empty for anything else. */
    public static Optional<SubmissionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** The kind the database holds by its code: a code it does not know would be a broken promise of a CHECK. */
    public static SubmissionKind stored(String code) {
        return of(code).orElseThrow(() -> new IllegalStateException("no submission kind " + code));
    }
}
