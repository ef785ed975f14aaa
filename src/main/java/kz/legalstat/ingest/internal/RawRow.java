package kz.legalstat.ingest.internal;

import java.util.List;

/**
 * One data row as read: its row number as the unit sees it (the header is row 1), its cell texts, and the
 * cells that held a formula or an Excel error (#N/A, #REF!...) rather than a value (Excel only).
 */
record RawRow(int rowNumber, List<String> cells, java.util.Set<Integer> formulaCells,
              java.util.Set<Integer> errorCells) {

    RawRow(int rowNumber, List<String> cells) {
        this(rowNumber, cells, java.util.Set.of(), java.util.Set.of());
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
