package kz.legalstat.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.legalstat.i18n.Texts;

/** Totals lines a unit keeps below its rows (sums, not rows): skipped, and told in one warning naming the first. */
final class SkippedTotals {

    private static final int NAMED = 10;
    private final List<Integer> firstRows = new ArrayList<>();
    private int count;

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
        return Optional.of(new Issue("WARNING", null, null, null, "ingest.file.totals-skipped",
                texts.both("ingest.file.totals-skipped", rows)));
    }
}
