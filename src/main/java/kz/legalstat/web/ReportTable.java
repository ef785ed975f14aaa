package kz.legalstat.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The main table of a written report (the first sheet's table 1), read back from the file the person downloads and
 * shown as Excel shows it: the same numbers by construction, formulas (totals, rates, changes) computed as Excel
 * would, each value formatted by its cell's own format. The table runs from the line of column numbers (А, 1, 2…) to
 * its total, the last row with a figure in its first column of figures; the two rows above the numbers are its headings.
 */
record ReportTable(String title, List<String> headings, List<List<Value>> rows, boolean withTotal) {

    /** A cell as shown, and its number where it holds one (to sort and draw by). */
    record Value(String text, Double number) {
    }

    /** The rows but the total, which sorting leaves at the bottom. */
    public List<List<Value>> body() {
        return withTotal ? rows.subList(0, rows.size() - 1) : rows;
    }

    /** The total row, or none: a list (the data-quality findings) has no total. */
    public List<Value> total() {
        return withTotal ? rows.get(rows.size() - 1) : List.of();
    }

    /** The largest number of a column of the body, for the bars of a chart. */
    public double max(int column) {
        return body().stream().map(r -> r.get(column).number()).filter(n -> n != null).mapToDouble(Double::doubleValue)
                .max().orElse(0);
    }

    /** The table as CSV, as the units' own files are: UTF-8 with a BOM, «;», the values as shown. */
    String csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<List<String>> lines = new ArrayList<>();
        lines.add(headings);
        rows.forEach(r -> lines.add(r.stream().map(Value::text).toList()));
        for (List<String> line : lines) {
            csv.append(String.join(";", line.stream().map(ReportTable::quoted).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * The table of {@code file}, or null when its first sheet holds none this way (or is a register too large to show
     * here); the other sheets are not read ({@link FirstSheet}).
     */
    static ReportTable read(Path file, Locale locale) {
        try {
            // never POI's XSSFWorkbook(File): a package opened for writing is saved back on close, which rewrote the
            // report's file under its catalogue checksum and under a download reading it at the same time
            XSSFWorkbook opened = FirstSheet.open(file);
            if (opened == null) {
                return null;
            }
            try (XSSFWorkbook book = opened) {
                Sheet sheet = book.getSheetAt(0);
                FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
                DataFormatter formatter = new DataFormatter(locale);
                int numbers = numbersRow(sheet, formatter);
                if (numbers < 2) {
                    return null;
                }
                int columns = sheet.getRow(numbers).getLastCellNum();
                List<String> headings = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    String group = merged(sheet, numbers - 2, c, formatter);
                    String sub = text(sheet.getRow(numbers - 1), c, formatter, null);
                    headings.add(sub.isEmpty() || sub.equals(group) ? group : group + ": " + sub);
                }
                List<List<Value>> rows = new ArrayList<>();
                boolean totalLast = false;
                for (int r = numbers + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    // the notes under the table hold a text in their first cell only
                    if (row == null || text(row, 0, formatter, evaluator).isEmpty()
                            || text(row, 1, formatter, evaluator).isEmpty()) {
                        break;
                    }
                    List<Value> values = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        values.add(value(row.getCell(c), formatter, evaluator));
                    }
                    rows.add(values);
                    totalLast = sums(row);
                }
                return new ReportTable(titleAbove(sheet, formatter), headings, rows, totalLast);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A total row: its figures are SUM formulas over the rows above (a row's own formulas are changes, shares). */
    private static boolean sums(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().startsWith("SUM(")) {
                return true;
            }
        }
        return false;
    }

    /** The row whose first cells are А, 1, 2: the columns' numbers under the headings. */
    private static int numbersRow(Sheet sheet, DataFormatter formatter) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 60); r++) {
            Row row = sheet.getRow(r);
            if (row != null && "А".equals(text(row, 0, formatter, null)) && "1".equals(text(row, 1, formatter, null))) {
                return r;
            }
        }
        return -1;
    }

    private static String titleAbove(Sheet sheet, DataFormatter formatter) {
        for (int r = 0; r <= 2; r++) {
            for (int c = 0; c <= 1; c++) {
                String text = text(sheet.getRow(r), c, formatter, null);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** A heading over several columns is held by the first cell of its merged range. */
    private static String merged(Sheet sheet, int r, int c, DataFormatter formatter) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(r, c)) {
                return text(sheet.getRow(range.getFirstRow()), range.getFirstColumn(), formatter, null);
            }
        }
        return text(sheet.getRow(r), c, formatter, null);
    }

    private static String text(Row row, int c, DataFormatter formatter, FormulaEvaluator evaluator) {
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : formatter.formatCellValue(cell, evaluator).replace('\n', ' ').strip();
    }

    private static Value value(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return new Value("", null);
        }
        String text = formatter.formatCellValue(cell, evaluator).strip();
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        Double number = type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        return new Value(text, number);
    }
}
