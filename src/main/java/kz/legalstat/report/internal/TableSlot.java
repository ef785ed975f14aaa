package kz.legalstat.report.internal;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Where a table of a template goes: the sheet, the first data row (where the {@code ${rows:name}} marker
 * stood) and the styles of the marker rows, one per column, which data and total rows take.
 */
record TableSlot(String name, int sheetIndex, int firstRow, CellStyle[] rowStyles, CellStyle[] totalStyles) {

    int width() {
        return rowStyles.length;
    }
}
