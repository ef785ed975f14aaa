package kz.legalstat.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Texts;
import kz.legalstat.reference.Severity;

/**
 * Lines of a file that are not rows and would be refused as wrong ones (a totals line below the rows, the header
 * again where a region's office joined its districts' files): skipped, and told in one warning naming the first.
 */
final class SkippedRows {

    private static final int NAMED = 10;
    private final String code;
    private final List<Integer> firstRows = new ArrayList<>();
    private int count;

    /** {@code code}: the message that tells them, given the row numbers. */
    SkippedRows(String code) {
        this.code = code;
    }

    void add(int rowNumber) {
        if (count++ < NAMED) {
            firstRows.add(rowNumber);
        }
    }

    Optional<Issue> warning(Texts texts) {
        if (count == 0) {
            return Optional.empty();
        }
        String rows = firstRows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (count > NAMED ? ", …" : "");
        return Optional.of(new Issue(Severity.WARNING, null, null, null, code, texts.both(code, rows)));
    }
}
