package kz.legalstat.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kz.legalstat.report.ReportProgress;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the rows of one table in the template's styles. Text is always written as text, so a value from
 * the data that starts with {@code =} never becomes a formula; numbers as numbers, dates as dates (serial
 * numbers in the template's date style), {@link Label}s as shared strings.
 */
final class TableWriter {

    private final StreamingWorkbook workbook;
    private final Sheet sheet;
    private final TableSlot slot;
    private int next;
    private long written;
    private double[] sums = new double[0];
    private final ReportProgress progress;

    TableWriter(StreamingWorkbook workbook, TableSlot slot, ReportProgress progress) {
        this.workbook = workbook;
        this.sheet = workbook.sheet(slot);
        this.slot = slot;
        this.progress = progress;
        this.next = slot.firstRow();
    }

    /** The 1-based Excel row number the next row will have. */
    int nextExcelRow() {
        return next + 1;
    }

    int firstExcelRow() {
        return slot.firstRow() + 1;
    }

    long written() {
        return written;
    }

    void row(List<?> values) {
        write(values, slot.rowStyles());
        written++;
        progress.rowWritten();
        if (sums.length < values.size()) {
            sums = java.util.Arrays.copyOf(sums, values.size());
        }
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) instanceof Number number) {
                sums[c] += number.doubleValue();
            }
        }
    }

    /** The sum of the plain numbers written so far in a column (0-based), for a total's cached value. */
    double columnSum(int column) {
        return column < sums.length ? sums[column] : 0;
    }

    void total(List<?> values) {
        write(values, slot.totalStyles() == null ? slot.rowStyles() : slot.totalStyles());
    }

    /** A line of text under the table, in its first column: a note on what the figures above leave out (none: null). */
    void note(String text) {
        if (text != null) {
            sheet.createRow(next++).createCell(0).setCellValue(text);
        }
    }

    private void write(List<?> values, CellStyle[] styles) {
        Row row = sheet.createRow(next++);
        int width = Math.max(values.size(), styles.length);
        for (int c = 0; c < width; c++) {
            Object value = c < values.size() ? values.get(c) : null;
            CellStyle style = c < styles.length ? styles[c] : null;
            if (value == null && style == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (style != null) {
                cell.setCellStyle(style);
            }
            set(cell, value);
        }
    }

    private void set(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
            set(cell, formula.cachedValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal big ? big.doubleValue() : number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(DateUtil.getExcelDate(date, workbook.usesDate1904()));
        } else if (value instanceof Label label) {
            workbook.label(label.text());
            cell.setCellValue(label.text());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
