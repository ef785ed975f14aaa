package kz.legalstat.report.internal;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * How many lines a wrapped text takes in a cell, for the row heights no office program computes for a streamed
 * or merged cell: words are laid out as an office does, a word longer than the line taking several lines.
 */
final class TextLines {

    /** The points a line of wrapped text takes per point of its font, with the spacing office programs add. */
    private static final float LINE_SPACING = 1.25f;

    private TextLines() {
    }

    /**
     * Characters of a font of {@code fontPoints} that fit on a line across columns {@code first..last}: a column's
     * width counts digits of the 11-point default font; letters are on average about as wide, and a tenth is kept
     * for wider ones and for the cell's margins.
     */
    static double charsPerLine(Sheet sheet, int first, int last, double fontPoints) {
        double width = 0;
        for (int c = first; c <= last; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return Math.max(1, width * 0.9 * 11 / fontPoints);
    }

    /** Scans the text in place: a register asks this of every row, and splitting would allocate per word. */
    static int count(String text, double charsPerLine) {
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            lines += paragraphLines(text, start, end < 0 ? text.length() : end, charsPerLine);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    static float height(int lines, double fontPoints) {
        return (float) (lines * fontPoints * LINE_SPACING + 2);
    }

    private static int paragraphLines(String text, int from, int to, double perLine) {
        int lines = 1;
        double used = 0;
        int word = from;
        while (word <= to) {
            int space = text.indexOf(' ', word);
            int end = space < 0 || space > to ? to : space;
            int length = end - word;
            word = end + 1;
            if (used > 0 && used + 1 + length <= perLine) {
                used += 1 + length;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            // a word wider than the line is broken over as many lines as it needs
            int extra = (int) Math.max(0, Math.ceil(length / perLine) - 1);
            lines += extra;
            used = length - extra * perLine;
        }
        return lines;
    }
}
