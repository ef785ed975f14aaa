package kz.legalstat.ingest.internal;

import java.util.List;
import java.util.regex.Pattern;

import kz.legalstat.i18n.TypedName;

/**
 * One data row as read: its row number as the unit sees it (the header is row 1), its cell texts, and the
 * cells that held a formula or an Excel error (#N/A, #REF!...) rather than a value (Excel only).
 */
record RawRow(int rowNumber, List<String> cells, java.util.Set<Integer> formulaCells,
              java.util.Set<Integer> errorCells) {

    /** The words a totals line of a register kept in Excel begins with, in Russian, Kazakh and English. */
    private static final Pattern TOTALS = Pattern.compile("(итого|всего|барлығы|жиыны|жиынтығы|total)([^\\p{L}].*)?");

    RawRow(int rowNumber, List<String> cells) {
        this(rowNumber, cells, java.util.Set.of(), java.util.Set.of());
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether the row's first value names it a totals line («Итого», «Барлығы:», «Всего по району»). */
    boolean isTotals() {
        return cells.stream().filter(c -> !FieldParser.isBlank(c)).findFirst()
                .map(first -> TOTALS.matcher(TypedName.key(first)).matches()).orElse(false);
    }
}
