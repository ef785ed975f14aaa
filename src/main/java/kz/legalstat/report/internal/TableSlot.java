package kz.legalstat.report.internal;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Where a table of a template goes: the sheet, the first data row (where the {@code ${rows:name}} marker
 * stood), the styles of the marker rows, one per column, which data and total rows take, how many characters a
 * line holds in each column whose style wraps its text (0 where it does not) at that style's font size, the
 * rows the template holds under the table, and a style for notes written under it.
 */
record TableSlot(String name, int sheetIndex, int firstRow, CellStyle[] rowStyles, CellStyle[] totalStyles,
                 double[] charsPerLine, double[] fontPoints, RowsBelow below, CellStyle noteStyle) {

    int width() {
        return rowStyles.length;
    }
}
