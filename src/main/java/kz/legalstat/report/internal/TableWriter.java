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
    /** Lines per label, by the label's identity: a label is one object per text, and lies in one column. */
    private static final int LABEL_LINES_KEPT = 100_000;
    private final java.util.Map<Label, Integer> labelLines = new java.util.IdentityHashMap<>();
    private boolean ended;
    private final java.util.Map<CellStyle, CellStyle> datedStyles = new java.util.HashMap<>();

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

    /**
     * A paragraph under the table, across its width, as tall as its text: a note on what the figures above leave out
     * (none: null).
     */
    void note(String text) {
        if (text != null) {
            Row row = sheet.createRow(next);
            // where the template's texts under the table are, which keep to the columns printed on the first page
            int first = slot.below().mergedFirstColumn();
            int last = slot.below().mergedLastColumn() > 0 ? slot.below().mergedLastColumn() : slot.width() - 1;
            Cell cell = row.createCell(first);
            cell.setCellStyle(slot.noteStyle());
            cell.setCellValue(text);
            if (last > first) {
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(next, next, first, last));
            }
            double points = TemplateSheets.BODY_POINTS;
            int lines = TextLines.count(text, TextLines.charsPerLine(sheet, first, last, points));
            row.setHeightInPoints(TextLines.height(lines, points));
            next++;
        }
    }

    /** An autofilter over the table: its buttons on the line of column numbers, over the rows written so far. */
    void autoFilter() {
        int numbers = slot.firstRow() - 1;
        int last = Math.max(numbers, next - 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(numbers, last, 0, slot.width() - 1));
    }

    /** The rows the template held under the table, under its last written row; once, after the last row. */
    void end() {
        if (!ended) {
            next = slot.below().writeAt(sheet, next);
            ended = true;
        }
    }

    private void write(List<?> values, CellStyle[] styles) {
        Row row = sheet.createRow(next++);
        int lines = 1;
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
            if (c < slot.charsPerLine().length && slot.charsPerLine()[c] > 0 && value != null) {
                lines = Math.max(lines, lines(c, value));
            }
        }
        if (lines > 1) {
            // no office program sizes a streamed row to its wrapped text: the row says how tall it is
            row.setHeightInPoints(TextLines.height(lines, maxWrappedFont()));
        }
    }

    /** Lines a wrapped cell's text takes; a label's count is kept, as the same label recurs on many rows. */
    private int lines(int column, Object value) {
        if (value instanceof Label label) {
            Integer known = labelLines.get(label);
            if (known != null) {
                return known;
            }
            int counted = TextLines.count(label.text(), slot.charsPerLine()[column]);
            // a writer that makes a new label per row gains nothing: the count stops being kept past a bound
            if (labelLines.size() < LABEL_LINES_KEPT) {
                labelLines.put(label, counted);
            }
            return counted;
        }
        String text = value instanceof Formula formula ? String.valueOf(formula.cachedValue()) : value.toString();
        return TextLines.count(text, slot.charsPerLine()[column]);
    }

    private double maxWrappedFont() {
        double points = 0;
        for (int c = 0; c < slot.fontPoints().length; c++) {
            if (slot.charsPerLine()[c] > 0) {
                points = Math.max(points, slot.fontPoints()[c]);
            }
        }
        return points;
    }

    /** The column's style with the date format, made once per style. */
    private CellStyle dated(CellStyle style) {
        return datedStyles.computeIfAbsent(style, s -> {
            CellStyle dated = workbook.createCellStyle();
            dated.cloneStyleFrom(s);
            dated.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            dated.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            return dated;
        });
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
            if (!DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())) {
                // a day in a column of text (a finding's value): its own style, so that it shows as a date
                cell.setCellStyle(dated(cell.getCellStyle()));
            }
        } else if (value instanceof Label label) {
            workbook.label(label.text());
            cell.setCellValue(label.text());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
