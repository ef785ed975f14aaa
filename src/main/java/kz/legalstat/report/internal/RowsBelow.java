package kz.legalstat.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rows a template holds under a table (its source, the symbols' legend, notes): taken out of the template
 * before the table is streamed, and written again, as the analyst left them, under its last row.
 */
record RowsBelow(List<RowCopy> rows, List<CellRangeAddress> merged) {

    static final RowsBelow NONE = new RowsBelow(List.of(), List.of());

    record RowCopy(int offset, float height, boolean customHeight, List<CellCopy> cells) {
    }

    record CellCopy(int column, CellStyle style, Object value) {
    }

    /** Copies and removes the rows from {@code firstRow} to the sheet's end, with their merged regions. */
    static RowsBelow take(Sheet sheet, int firstRow) {
        List<RowCopy> rows = new ArrayList<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<CellCopy> cells = new ArrayList<>();
            for (Cell cell : row) {
                Object value = switch (cell.getCellType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> cell.getNumericCellValue();
                    case BOOLEAN -> cell.getBooleanCellValue();
                    default -> null;
                };
                cells.add(new CellCopy(cell.getColumnIndex(), cell.getCellStyle(), value));
            }
            rows.add(new RowCopy(r - firstRow, row.getHeightInPoints(), row.getZeroHeight() || isCustom(row), cells));
        }
        List<CellRangeAddress> merged = new ArrayList<>();
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress region = sheet.getMergedRegion(i);
            if (region.getFirstRow() >= firstRow) {
                merged.add(new CellRangeAddress(region.getFirstRow() - firstRow, region.getLastRow() - firstRow,
                        region.getFirstColumn(), region.getLastColumn()));
                sheet.removeMergedRegion(i);
            }
        }
        for (int r = sheet.getLastRowNum(); r >= firstRow; r--) {
            Row row = sheet.getRow(r);
            if (row != null) {
                sheet.removeRow(row);
            }
        }
        return new RowsBelow(rows, merged);
    }

    private static boolean isCustom(Row row) {
        return row.getHeight() != row.getSheet().getDefaultRowHeight();
    }

    /** The first column the rows' merged texts start in, or 0 when none is merged. */
    int mergedFirstColumn() {
        return merged.stream().mapToInt(CellRangeAddress::getFirstColumn).min().orElse(0);
    }

    /** The last column the rows' merged texts reach (a source line, the symbols), or -1 when none is merged. */
    int mergedLastColumn() {
        return merged.stream().mapToInt(CellRangeAddress::getLastColumn).max().orElse(-1);
    }

    /** Writes the rows again from {@code firstRow}; returns the row after the last. */
    int writeAt(Sheet sheet, int firstRow) {
        int next = firstRow;
        for (RowCopy copy : rows) {
            Row row = sheet.createRow(firstRow + copy.offset());
            if (copy.customHeight()) {
                row.setHeightInPoints(copy.height());
            }
            for (CellCopy cell : copy.cells()) {
                Cell written = row.createCell(cell.column());
                written.setCellStyle(cell.style());
                if (cell.value() instanceof String text) {
                    written.setCellValue(text);
                } else if (cell.value() instanceof Double number) {
                    written.setCellValue(number);
                } else if (cell.value() instanceof Boolean flag) {
                    written.setCellValue(flag);
                }
            }
            next = firstRow + copy.offset() + 1;
        }
        for (CellRangeAddress region : merged) {
            sheet.addMergedRegion(new CellRangeAddress(region.getFirstRow() + firstRow,
                    region.getLastRow() + firstRow, region.getFirstColumn(), region.getLastColumn()));
        }
        return next;
    }
}
