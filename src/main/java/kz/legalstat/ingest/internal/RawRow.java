package kz.legalstat.ingest.internal;

import java.util.List;

/** One data row as read: its row number as the unit sees it (the header is row 1) and its cell texts. */
record RawRow(int rowNumber, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
