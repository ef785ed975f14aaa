package kz.legalstat.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.PostgresTest;
import kz.legalstat.i18n.Lang;
import kz.legalstat.report.ReportName;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates shipped in report-templates/ are what the code generates: an edit of the wording, a column or the
 * print setup in code that was not written out with {@code templates --out report-templates} fails here, sheet by
 * sheet and cell by cell, naming what differs.
 */
class ShippedTemplatesTest extends PostgresTest {

    @Autowired
    DefaultTemplates defaultTemplates;

    @Test
    void everyCommittedTemplateEqualsTheGeneratedOne() throws IOException {
        for (ReportName name : ReportName.values()) {
            for (Lang lang : Lang.values()) {
                Path committed = Path.of("report-templates", ReportTemplates.fileName(name, lang));
                try (XSSFWorkbook generated = defaultTemplates.build(name, lang);
                     XSSFWorkbook shipped = new XSSFWorkbook(Files.newInputStream(committed))) {
                    assertThat(describe(shipped)).as(committed + " (run: java -jar target/legalstat.jar templates "
                            + "--out report-templates)").isEqualTo(describe(generated));
                }
            }
        }
    }

    /** Everything an analyst sees or prints of a template, one line per fact. */
    private static List<String> describe(XSSFWorkbook workbook) {
        List<String> facts = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            String at = sheet.getSheetName() + ": ";
            var print = sheet.getPrintSetup();
            facts.add(at + "print landscape=" + print.getLandscape() + " paper=" + print.getPaperSize() + " scale="
                    + print.getScale() + " fit=" + sheet.getFitToPage() + " " + print.getFitWidth() + "x"
                    + print.getFitHeight() + " area=" + workbook.getPrintArea(s) + " rows=" + sheet.getRepeatingRows()
                    + " columns=" + sheet.getRepeatingColumns() + " breaks=" + java.util.Arrays.toString(sheet.getColumnBreaks()));
            facts.add(at + "footer " + sheet.getFooter().getLeft() + " | " + sheet.getFooter().getRight());
            facts.add(at + "merged " + sheet.getMergedRegions().stream().map(Object::toString).sorted().toList());
            facts.add(at + "conditional formats " + sheet.getSheetConditionalFormatting().getNumConditionalFormattings());
            int lastColumn = 0;
            for (Row row : sheet) {
                lastColumn = Math.max(lastColumn, row.getLastCellNum());
                facts.add(at + "row " + (row.getRowNum() + 1) + " height " + row.getHeightInPoints());
                for (Cell cell : row) {
                    facts.add(at + cell.getAddress() + " " + cell + " " + style(workbook, cell.getCellStyle()));
                }
            }
            for (int c = 0; c < lastColumn; c++) {
                facts.add(at + "column " + c + " width " + sheet.getColumnWidth(c));
            }
        }
        return facts;
    }

    private static String style(XSSFWorkbook workbook, CellStyle style) {
        var font = workbook.getFontAt(style.getFontIndex());
        return "[" + font.getFontName() + " " + font.getFontHeightInPoints() + (font.getBold() ? " bold" : "")
                + (font.getItalic() ? " italic" : "") + " format=" + style.getDataFormatString() + " wrap="
                + style.getWrapText() + " align=" + style.getAlignment() + "/" + style.getVerticalAlignment()
                + " border=" + style.getBorderTop() + style.getBorderBottom() + " fill=" + style.getFillPattern() + "]";
    }
}
