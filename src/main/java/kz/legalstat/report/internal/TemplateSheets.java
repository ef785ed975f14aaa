package kz.legalstat.report.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheets of a shipped template in the form of an official statistical table: a numbered title, the title
 * block the reports fill, a units line, a two-level header sized to its words with numbered columns, the row
 * prototypes, and under the table its source and the symbols; a footer with the title, the period and the page on
 * every page, and a print setup that keeps the text at least 8 points on paper.
 */
final class TemplateSheets {

    /** The row of the first header line; the title block above it is what the reports fill. */
    static final int HEADER_ROW = 8;
    /** The font of table bodies, in points: 8 points and more on paper at the scales below. */
    static final double BODY_POINTS = 10;
    private static final double HEADER_POINTS = 10;

    /** How a column's cells are shown. */
    enum Kind {
        /** Text on one line. */
        TEXT,
        /** Text wrapped over as many lines as it takes. */
        WRAPPED,
        /** A count; zero shows the standard «–». */
        INT,
        /** A change in percent, signed. */
        CHANGE,
        /** A share in percent. */
        PCT,
        /** A change of a share in percentage points, signed. */
        POINTS,
        /** A rate per 100, with one decimal. */
        RATE,
        /** Money in millions of tenge, with one decimal. */
        MILLIONS,
        DATE
    }

    /** A column: its header, the group heading over it (null: a header over both lines), kind and width. */
    record Col(String group, String header, Kind kind, int width) {
    }

    /** How a sheet is printed. */
    enum Print {
        /** Landscape, one page wide, as many pages long as it takes. */
        WIDE,
        /** Landscape, on one page. */
        ONE_PAGE,
        /** Portrait, on one page. */
        ONE_PAGE_PORTRAIT,
        /** Portrait, one page wide, as long as it takes. */
        PORTRAIT,
        /**
         * Landscape at a fixed scale, split into two pages across as a yearbook prints a wide table: the first
         * column and the header repeated, the columns numbered so that the halves are read together.
         */
        TWO_PAGES_ACROSS
    }

    /**
     * One table: its number in the report, sheet, title, units line, marker, whether it has a total row, columns,
     * print, the last column of the first page ({@link Print#TWO_PAGES_ACROSS}) or the last column printed at all
     * (others; the columns after it are for the screen), and its source.
     */
    record Table(int number, String sheetName, String title, String units, String marker, boolean withTotal,
                 List<Col> cols, Print print, int lastOnPage, String source) {

        /** A table printed whole: every column on one page across. */
        Table(int number, String sheetName, String title, String units, String marker, boolean withTotal,
              List<Col> cols, Print print, String source) {
            this(number, sheetName, title, units, marker, withTotal, cols, print, cols.size() - 1, source);
        }
    }

    /** Title-block labels take at least this width, over as many columns as it needs. */
    private static final int LABEL_WIDTH = 17;

    private final XSSFWorkbook workbook;
    private final Words words;
    /** The report's title, which every page's footer carries whatever table the page holds. */
    private final String reportTitle;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle info;
    private final CellStyle wrappedInfo;
    private final CellStyle units;
    private final CellStyle header;
    private final CellStyle number;
    private final CellStyle small;
    private final Map<Kind, CellStyle> body = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> total = new EnumMap<>(Kind.class);

    /** The texts every sheet repeats, in the template's language. */
    record Words(String tableTitle, String periodLabel, String asOfLabel, String regionLabel, String producedLabel,
                 String dataLabel, String page, String legend, String notesTitle, String notesColumn,
                 String notesDefinition) {
    }

    TemplateSheets(XSSFWorkbook workbook, Words words, String reportTitle) {
        this.workbook = workbook;
        this.words = words;
        this.reportTitle = reportTitle;
        XSSFFont normal = font(BODY_POINTS, false, false);
        // the workbook's default font: what the cells without a style of their own are written in
        workbook.getFontAt(0).setFontHeightInPoints((short) BODY_POINTS);
        title = style(font(12, true, false));
        title.setVerticalAlignment(VerticalAlignment.TOP);
        title.setWrapText(true);
        label = style(font(BODY_POINTS, true, false));
        label.setVerticalAlignment(VerticalAlignment.TOP);
        info = style(normal);
        info.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedInfo = style(normal);
        wrappedInfo.setWrapText(true);
        wrappedInfo.setVerticalAlignment(VerticalAlignment.TOP);
        units = style(font(9, false, true));
        units.setAlignment(HorizontalAlignment.RIGHT);
        units.setWrapText(true);
        header = bordered(style(font(HEADER_POINTS, true, false)));
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xE5, (byte) 0xF0}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        number = bordered(style(font(8, false, true)));
        number.setAlignment(HorizontalAlignment.CENTER);
        small = style(font(HEADER_POINTS, false, false));
        small.setWrapText(true);
        small.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont bold = font(BODY_POINTS, true, false);
        for (Kind kind : Kind.values()) {
            body.put(kind, bodyStyle(kind, normal));
            total.put(kind, bodyStyle(kind, bold));
        }
    }

    private XSSFFont font(double points, boolean bold, boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setFontHeight(points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private CellStyle style(XSSFFont font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private CellStyle bodyStyle(Kind kind, XSSFFont font) {
        CellStyle style = bordered(style(font));
        var format = workbook.createDataFormat();
        // a zero shows the standard «–» (none); a text in a number column («х», «…») is centred like a symbol
        switch (kind) {
            case INT -> style.setDataFormat(format.getFormat("#,##0;-#,##0;\"–\";@"));
            case CHANGE -> style.setDataFormat(format.getFormat("+0.0%;-0.0%;0.0%;@"));
            case PCT -> style.setDataFormat(format.getFormat("0.0%;-0.0%;\"–\";@"));
            case POINTS -> style.setDataFormat(format.getFormat("+0.0;-0.0;0.0;@"));
            case RATE -> style.setDataFormat(format.getFormat("0.0;-0.0;\"–\";@"));
            case MILLIONS -> style.setDataFormat(format.getFormat("#,##0.0;-#,##0.0;\"–\";@"));
            case DATE -> style.setDataFormat(format.getFormat("dd.mm.yyyy"));
            case WRAPPED -> style.setWrapText(true);
            case TEXT -> style.setWrapText(false);
        }
        if (kind != Kind.TEXT && kind != Kind.WRAPPED) {
            style.setAlignment(kind == Kind.DATE ? HorizontalAlignment.CENTER : HorizontalAlignment.RIGHT);
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font.getBold()) {
            style.setBorderTop(BorderStyle.MEDIUM);
        }
        return style;
    }

    /** The sheet of one table, from its numbered title to the symbols under it. */
    XSSFSheet table(Table table) {
        XSSFSheet sheet = workbook.createSheet(table.sheetName());
        List<Col> cols = widened(table.cols());
        int last = cols.size() - 1;
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, cols.get(c).width() * 256);
        }
        // text over the table's width is kept to the first page across, where it is read; on a table printed two
        // pages across it starts in column B, so that the first column, repeated on the second page, carries none
        int textLast = table.lastOnPage();
        int textFirst = table.print() == Print.TWO_PAGES_ACROSS ? 1 : 0;
        String numbered = java.text.MessageFormat.format(words.tableTitle(), String.valueOf(table.number()), table.title());
        merged(sheet, 0, textFirst, textLast, numbered, title);
        sheet.createRow(1).setHeightInPoints(3);
        titleBlock(sheet, textFirst, textLast);
        merged(sheet, HEADER_ROW - 1, textFirst, textLast, table.units(), units);
        header(sheet, cols);
        Row prototype = sheet.createRow(HEADER_ROW + 3);
        Row totalRow = table.withTotal() ? sheet.createRow(HEADER_ROW + 4) : null;
        for (int c = 0; c <= last; c++) {
            cell(prototype, c, c == 0 ? "${rows:" + table.marker() + "}" : null, body.get(cols.get(c).kind()));
            if (totalRow != null) {
                cell(totalRow, c, c == 0 ? "${total:" + table.marker() + "}" : null, total.get(cols.get(c).kind()));
            }
        }
        // the source right under the table (and under a note on what it leaves out), then the symbols
        int below = HEADER_ROW + (table.withTotal() ? 5 : 4);
        merged(sheet, below, textFirst, textLast, table.source(), small);
        merged(sheet, below + 1, textFirst, textLast, words.legend(), small);
        sheet.createFreezePane(1, HEADER_ROW + 3);
        footer(sheet);
        printed(sheet, table.print(), HEADER_ROW, HEADER_ROW + 2);
        if (table.print() == Print.TWO_PAGES_ACROSS) {
            sheet.setColumnBreak(table.lastOnPage());
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        } else if (table.lastOnPage() < last) {
            workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, table.lastOnPage(), 0, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        }
        return sheet;
    }

    /** Title block: period, as-of date, region, when and by whom, and the data the figures rest on. */
    private void titleBlock(XSSFSheet sheet, int firstColumn, int lastColumn) {
        String[][] rows = {
                {words.periodLabel(), "${periodTitle}"}, {words.asOfLabel(), "${asOf}"},
                {words.regionLabel(), "${region}"}, {words.producedLabel(), "${produced}"},
                {words.dataLabel(), "${data}"}};
        // a label takes as many columns as its width needs, its value the rest of the line
        int labelLast = firstColumn;
        int width = sheet.getColumnWidth(firstColumn) / 256;
        while (width < LABEL_WIDTH && labelLast + 1 < lastColumn) {
            labelLast++;
            width += sheet.getColumnWidth(labelLast) / 256;
        }
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(2 + i);
            cell(row, firstColumn, rows[i][0], label);
            if (labelLast > firstColumn) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, labelLast));
            }
            boolean data = i == rows.length - 1;
            cell(row, labelLast + 1, rows[i][1], data ? wrappedInfo : info);
            if (lastColumn > labelLast + 1) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), labelLast + 1, lastColumn));
            }
        }
    }

    /**
     * Columns at least as wide as the longest word of their header, so that headers break between words; a
     * group's words must fit across its columns.
     */
    private static List<Col> widened(List<Col> cols) {
        // bold letters are wider than the digits a width counts: a little more room than for body text
        double perUnit = 0.85 * 11 / HEADER_POINTS;
        List<Col> widened = new ArrayList<>();
        for (Col col : cols) {
            int longest = 0;
            for (String word : col.header().split("[\\s/]+")) {
                longest = Math.max(longest, word.length());
            }
            int needed = (int) Math.ceil(longest / perUnit) + 1;
            widened.add(new Col(col.group(), col.header(), col.kind(), Math.max(col.width(), needed)));
        }
        return widened;
    }

    /**
     * Two header lines and a line of column numbers («А» for the first, then 1, 2, …): a column without a group
     * spans both lines, the columns of a group share its heading. Each line is as tall as its longest header.
     */
    private void header(XSSFSheet sheet, List<Col> cols) {
        Row groups = sheet.createRow(HEADER_ROW);
        Row heads = sheet.createRow(HEADER_ROW + 1);
        Row numbers = sheet.createRow(HEADER_ROW + 2);
        int groupLines = 1;
        int headLines = 1;
        int singleLines = 1;
        for (int c = 0; c < cols.size(); c++) {
            Col col = cols.get(c);
            cell(numbers, c, c == 0 ? "А" : String.valueOf(c), number);
            if (col.group() == null) {
                cell(groups, c, col.header(), header);
                cell(heads, c, null, header);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
                singleLines = Math.max(singleLines, lines(sheet, col.header(), c, c));
                continue;
            }
            cell(heads, c, col.header(), header);
            headLines = Math.max(headLines, lines(sheet, col.header(), c, c));
            boolean first = c == 0 || !col.group().equals(cols.get(c - 1).group());
            if (first) {
                int end = c;
                while (end + 1 < cols.size() && col.group().equals(cols.get(end + 1).group())) {
                    end++;
                }
                cell(groups, c, col.group(), header);
                for (int g = c + 1; g <= end; g++) {
                    cell(groups, g, null, header);
                }
                if (end > c) {
                    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, c, end));
                }
                groupLines = Math.max(groupLines, lines(sheet, col.group(), c, end));
            }
        }
        boolean grouped = cols.stream().anyMatch(col -> col.group() != null);
        if (!grouped) {
            // one line of headers: the second line takes no room
            headLines = 0;
            groupLines = singleLines;
        } else {
            groupLines = Math.max(groupLines, singleLines - headLines);
        }
        groups.setHeightInPoints(TextLines.height(groupLines, HEADER_POINTS));
        numbers.setHeightInPoints(TextLines.height(1, 8));
        heads.setHeightInPoints(headLines == 0 ? 0.1f : TextLines.height(headLines, HEADER_POINTS));
        heads.setZeroHeight(headLines == 0);
    }

    private static int lines(XSSFSheet sheet, String text, int first, int last) {
        return TextLines.count(text, TextLines.charsPerLine(sheet, first, last, HEADER_POINTS));
    }

    /** A text across the columns {@code firstColumn..lastColumn} of a new row, as tall as it takes. */
    private void merged(XSSFSheet sheet, int rowNumber, int firstColumn, int lastColumn, String text, CellStyle style) {
        Row row = sheet.createRow(rowNumber);
        cell(row, firstColumn, text, style);
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(rowNumber, rowNumber, firstColumn, lastColumn));
        }
        double points = workbook.getFontAt(style.getFontIndex()).getFontHeightInPoints();
        int lines = TextLines.count(text, TextLines.charsPerLine(sheet, firstColumn, lastColumn, points));
        row.setHeightInPoints(TextLines.height(lines, points));
    }

    /** The footer of every page: the report's title and period on the left, the page and the pages on the right. */
    private void footer(XSSFSheet sheet) {
        sheet.getFooter().setLeft("&8" + reportTitle.replace("&", "&&") + ", ${periodTitle}");
        sheet.getFooter().setRight("&8" + words.page());
    }

    /** A4, the header lines repeated on every page, with the scale and orientation of {@code print}. */
    static void printed(XSSFSheet sheet, Print print, int firstHeaderRow, int lastHeaderRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(print != Print.ONE_PAGE_PORTRAIT && print != Print.PORTRAIT);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER, 0.2);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER, 0.2);
        if (print == Print.TWO_PAGES_ACROSS) {
            sheet.setFitToPage(false);
            // 81 %: the 10-point body prints at 8.1 points, and the table with its notes keeps to one page down
            setup.setScale((short) 81);
            return;
        }
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        boolean onePage = print == Print.ONE_PAGE || print == Print.ONE_PAGE_PORTRAIT;
        setup.setFitHeight((short) (onePage ? 1 : 0));
    }

    /**
     * The notes sheet: each column named with its definition, then {@code extra} rows (a symbol or mark and what
     * it means).
     */
    XSSFSheet notes(String sheetName, List<String[]> definitions) {
        XSSFSheet sheet = workbook.createSheet(sheetName);
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        merged(sheet, 0, 0, 1, words.notesTitle(), title);
        Row head = sheet.createRow(2);
        cell(head, 0, words.notesColumn(), header);
        cell(head, 1, words.notesDefinition(), header);
        int r = 3;
        for (String[] definition : definitions) {
            Row row = sheet.createRow(r++);
            cell(row, 0, definition[0], wrappedInfo);
            cell(row, 1, definition[1], wrappedInfo);
            int lines = Math.max(TextLines.count(definition[0], TextLines.charsPerLine(sheet, 0, 0, BODY_POINTS)),
                    TextLines.count(definition[1], TextLines.charsPerLine(sheet, 1, 1, BODY_POINTS)));
            row.setHeightInPoints(TextLines.height(lines, BODY_POINTS));
        }
        sheet.createFreezePane(0, 3);
        footer(sheet);
        printed(sheet, Print.WIDE, 2, 2);
        return sheet;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
