package kz.legalstat.report.internal;

import java.io.IOException;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the cells of streamed rows as POI's {@link SheetDataWriter} does, but a cell at a time into one
 * buffer rather than a character at a time into a synchronised writer, which is where POI spends most of a
 * large register's time. Text, numbers and blanks are written here (texts known as {@link Label}s as shared
 * strings); formulas, booleans and errors, rare in a table, are left to POI.
 */
final class SheetXmlWriter extends SheetDataWriter {

    private static final String[] COLUMN_LETTERS = new String[128];

    static {
        for (int c = 0; c < COLUMN_LETTERS.length; c++) {
            COLUMN_LETTERS[c] = CellReference.convertNumToColString(c);
        }
    }

    private final Function<String, Integer> labels;
    private final StringBuilder xml = new StringBuilder(256);
    private char[] chars = new char[256];
    private String rowNumber;

    SheetXmlWriter(Function<String, Integer> labels) throws IOException {
        this.labels = labels;
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
            super.writeCell(column, cell);
            return;
        }
        StringBuilder out = xml;
        out.setLength(0);
        out.append("<c r=\"").append(column < COLUMN_LETTERS.length ? COLUMN_LETTERS[column]
                : CellReference.convertNumToColString(column)).append(rowNumber).append('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.append(" s=\"").append(style).append('"');
        }
        if (type == CellType.NUMERIC) {
            out.append("><v>");
            number(out, cell.getNumericCellValue());
            out.append("</v>");
        } else if (type == CellType.STRING) {
            text(out, cell.getStringCellValue());
        } else {
            out.append('>');
        }
        out.append("</c>");
        int length = out.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        out.getChars(0, length, chars, 0);
        _out.write(chars, 0, length);
    }

    private void text(StringBuilder out, String text) {
        Integer shared = labels.apply(text);
        if (shared != null) {
            out.append(" t=\"s\"><v>").append(shared.intValue()).append("</v>");
            return;
        }
        out.append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            out.append(" xml:space=\"preserve\"");
        }
        out.append('>');
        escape(out, text);
        out.append("</t></is>");
    }

    /** Whole numbers (counts, dates) without POI's trailing ".0"; others as Java's shortest exact form. */
    static void number(StringBuilder out, double value) {
        long whole = (long) value;
        if (whole == value && Math.abs(whole) < (1L << 53)) {
            out.append(whole);
        } else {
            out.append(value);
        }
    }

    /**
     * XML-escapes as POI does, so the file reads the same: markup characters as entities, line breaks and
     * tabs as character references, other control characters and the non-characters U+FFFE/U+FFFF as '?'.
     */
    static void escape(StringBuilder out, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#xa;");
                case '\r' -> out.append("&#xd;");
                case '\t' -> out.append("&#x9;");
                case '\u00A0' -> out.append("&#xa0;");
                default -> out.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }
}
