package kz.legalstat.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An analyst-editable .xlsx template: {@code ${placeholder}} texts anywhere, and per table a row holding
 * {@code ${rows:name}} (the prototype of a data row) optionally followed by one holding {@code ${total:name}}.
 * Everything else (fonts, colours, widths, wording, rows above the table, print setup) is the analyst's and
 * stays as it is. Tables are written streaming, so a table must be the last of its sheet; rows under it (a source,
 * the symbols, notes) are moved under its last written row. Placeholders in the page footers are filled too.
 */
final class TemplateWorkbook implements AutoCloseable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9.-]*)}");
    /** Rows kept in memory while streaming: enough for formulas over the previous rows to be written. */
    private static final int WINDOW = 200;

    private final XSSFWorkbook template;
    private final String name;
    private StreamingWorkbook streaming;
    private CellStyle noteStyle;
    private final List<TableWriter> tables = new ArrayList<>();

    private TemplateWorkbook(XSSFWorkbook template, String name) {
        this.template = template;
        this.name = name;
    }

    static TemplateWorkbook open(InputStream in, String name) {
        try {
            return new TemplateWorkbook(new XSSFWorkbook(in), name);
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("Template " + name + " is not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    XSSFWorkbook template() {
        return template;
    }

    /**
     * Replaces every known {@code ${key}} in text cells; table markers are left for {@link #take}. A cell that
     * wraps its text gets a row tall enough for what it now holds, as Excel would not do it for a merged cell.
     */
    void fill(Map<String, String> values) {
        for (Sheet sheet : template) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        String filled = replace(text, values);
                        if (!filled.equals(text)) {
                            cell.setCellValue(filled);
                            if (cell.getCellStyle().getWrapText()) {
                                fitHeight(sheet, cell, filled);
                            }
                        }
                    }
                }
            }
            fillFooter(sheet.getFooter(), values);
            fillFooter(sheet.getHeader(), values);
        }
    }

    /** Renames the sheet {@code from}, if the template has one of that name (an analyst's own name is left). */
    void renameSheet(String from, String to) {
        int sheet = template.getSheetIndex(from);
        if (sheet >= 0 && template.getSheetIndex(to) < 0) {
            template.setSheetName(sheet, to);
        }
    }

    /** A footer's placeholders, with "&" doubled: a single one starts a page code such as &P. */
    private static void fillFooter(HeaderFooter footer, Map<String, String> values) {
        Map<String, String> escaped = new java.util.HashMap<>();
        values.forEach((key, value) -> escaped.put(key, value.replace("&", "&&")));
        String left = replace(footer.getLeft(), escaped);
        String center = replace(footer.getCenter(), escaped);
        String right = replace(footer.getRight(), escaped);
        if (!java.util.Objects.equals(left, footer.getLeft())) {
            footer.setLeft(left);
        }
        if (!java.util.Objects.equals(center, footer.getCenter())) {
            footer.setCenter(center);
        }
        if (!java.util.Objects.equals(right, footer.getRight())) {
            footer.setRight(right);
        }
    }

    /** Grows the cell's row to the lines its text takes over the cell's width (its merged region's, if any). */
    private void fitHeight(Sheet sheet, Cell cell, String text) {
        int firstColumn = cell.getColumnIndex();
        int lastColumn = firstColumn;
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(cell)) {
                firstColumn = merged.getFirstColumn();
                lastColumn = merged.getLastColumn();
            }
        }
        double points = template.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
        int lines = TextLines.count(text, TextLines.charsPerLine(sheet, firstColumn, lastColumn, points));
        Row row = cell.getRow();
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), TextLines.height(lines, points)));
    }

    private static String replace(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every placeholder and marker the template holds, for validating it against what a report fills. */
    List<String> placeholders() {
        List<String> found = new ArrayList<>();
        for (Sheet sheet : template) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(cell.getStringCellValue());
                        while (m.find()) {
                            found.add(m.group(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Finds the table's marker rows, keeps their styles and removes them, leaving the place to stream into. */
    TableSlot take(String table) {
        for (int s = 0; s < template.getNumberOfSheets(); s++) {
            if (findMarker(template.getSheetAt(s), "${rows:" + table + "}") != null) {
                return take(table, s);
            }
        }
        throw new TemplateException("Template " + name + " has no cell ${rows:" + table + "} marking where the "
                + "table goes; put it in column A of the first data row");
    }

    /** The index of the sheet that holds the table's marker. */
    int sheetOf(String table) {
        for (int s = 0; s < template.getNumberOfSheets(); s++) {
            if (findMarker(template.getSheetAt(s), "${rows:" + table + "}") != null) {
                return s;
            }
        }
        throw new TemplateException("Template " + name + " has no cell ${rows:" + table + "}");
    }

    /**
     * A copy of a sheet, markers included, for a table that needs more rows than one sheet holds, placed at
     * {@code position} so that the parts of a table follow each other.
     */
    int copySheet(int sheetIndex, String sheetName, int position) {
        template.cloneSheet(sheetIndex, sheetName);
        template.setSheetOrder(sheetName, position);
        return position;
    }

    TableSlot take(String table, int s) {
        Sheet sheet = template.getSheetAt(s);
        Row marker = findMarker(sheet, "${rows:" + table + "}");
        if (marker == null) {
            throw new TemplateException("Template " + name + ", sheet '" + sheet.getSheetName()
                    + "' has no cell ${rows:" + table + "}");
        }
        Row total = sheet.getRow(marker.getRowNum() + 1);
        boolean hasTotal = total != null && rowHolds(total, "${total:" + table + "}");
        int lastTableRow = marker.getRowNum() + (hasTotal ? 1 : 0);
        if (findMarkerBelow(sheet, lastTableRow) != null) {
            throw new TemplateException("Template " + name + ", sheet '" + sheet.getSheetName()
                    + "': the table ${rows:" + table + "} must be the last table of its sheet, but row "
                    + (findMarkerBelow(sheet, lastTableRow).getRowNum() + 1) + " holds another");
        }
        CellStyle[] rowStyles = styles(marker);
        CellStyle[] totalStyles = hasTotal ? styles(total) : null;
        double[] fontPoints = new double[rowStyles.length];
        double[] charsPerLine = new double[rowStyles.length];
        for (int c = 0; c < rowStyles.length; c++) {
            if (rowStyles[c] != null) {
                fontPoints[c] = template.getFontAt(rowStyles[c].getFontIndex()).getFontHeightInPoints();
                charsPerLine[c] = rowStyles[c].getWrapText() ? TextLines.charsPerLine(sheet, c, c, fontPoints[c]) : 0;
            }
        }
        RowsBelow below = RowsBelow.take(sheet, lastTableRow + 1);
        int firstRow = marker.getRowNum();
        if (hasTotal) {
            sheet.removeRow(total);
        }
        sheet.removeRow(marker);
        return new TableSlot(table, s, firstRow, rowStyles, totalStyles, charsPerLine, fontPoints, below,
                noteStyle(rowStyles[0]));
    }

    /** Wrapped text aligned at the top in the font of the table's rows, for the notes a report writes under it. */
    private CellStyle noteStyle(CellStyle rows) {
        if (noteStyle == null) {
            noteStyle = template.createCellStyle();
            noteStyle.setWrapText(true);
            noteStyle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            if (rows != null) {
                noteStyle.setFont(template.getFontAt(rows.getFontIndex()));
            }
        }
        return noteStyle;
    }

    /** A row below {@code row} holding a table marker of any table, or null. */
    private static Row findMarkerBelow(Sheet sheet, int row) {
        for (Row r : sheet) {
            if (r.getRowNum() > row) {
                for (Cell cell : r) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().startsWith("${rows:")) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private static Row findMarker(Sheet sheet, String marker) {
        for (Row row : sheet) {
            if (rowHolds(row, marker)) {
                return row;
            }
        }
        return null;
    }

    private static boolean rowHolds(Row row, String marker) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && marker.equals(cell.getStringCellValue().strip())) {
                return true;
            }
        }
        return false;
    }

    private static CellStyle[] styles(Row row) {
        CellStyle[] styles = new CellStyle[Math.max(row.getLastCellNum(), 1)];
        for (int c = 0; c < styles.length; c++) {
            Cell cell = row.getCell(c);
            styles[c] = cell == null ? null : cell.getCellStyle();
        }
        return styles;
    }

    /** A writer of a taken table, counting its rows into {@code progress}; {@link #endTables} finishes it. */
    TableWriter table(TableSlot slot, kz.legalstat.report.ReportProgress progress) {
        TableWriter writer = new TableWriter(stream(), slot, progress);
        tables.add(writer);
        return writer;
    }

    /** Writes under every table the rows its template held under it (its source, the symbols, notes). */
    void endTables() {
        tables.forEach(TableWriter::end);
    }

    /** The streaming workbook over the template; after this, only rows below the taken tables are written. */
    StreamingWorkbook stream() {
        if (streaming == null) {
            streaming = new StreamingWorkbook(template, WINDOW);
        }
        return streaming;
    }

    @Override
    public void close() throws IOException {
        if (streaming != null) {
            streaming.dispose();
            streaming.close();
        } else {
            template.close();
        }
    }
}
