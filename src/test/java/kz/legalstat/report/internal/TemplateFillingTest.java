package kz.legalstat.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import kz.legalstat.report.ReportProgress;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an analyst's template is filled, without a database: its {@code ${placeholders}} in cells and page footers,
 * its table streamed at the marker row, and the rows the analyst put under the table moved under the last row.
 * The values are those a report passes; what is expected follows from the template contract (docs/reports.md).
 */
class TemplateFillingTest {

    private static final Map<String, String> VALUES = Map.of(
            "periodTitle", "январь – октябрь 2026 г.",
            "region", "Алматинская область",
            "asOf", "31.10.2026",
            "source", "Данные: «A & B»");

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', value = {
            // one placeholder, alone and among words
            "${periodTitle}|январь – октябрь 2026 г.",
            "Акты надзора за ${periodTitle}|Акты надзора за январь – октябрь 2026 г.",
            // several in one cell, the same one twice
            "${region}, по состоянию на ${asOf}|Алматинская область, по состоянию на 31.10.2026",
            "${asOf} — ${asOf}|31.10.2026 — 31.10.2026",
            // a value holding characters a regular expression's replacement would take as its own ($, \\, &)
            "${source}|Данные: «A & B»",
            // a placeholder the report does not fill stays for the template check to name; a table marker is not a value
            "${unknown} и ${region}|${unknown} и Алматинская область",
            "${rows:acts}|${rows:acts}",
            // text that only looks like a placeholder
            "$region и {region}|$region и {region}",
            "${ region }|${ region }"})
    void aCellsPlaceholdersAreReplacedByTheirValues(String cell, String filled) throws IOException {
        byte[] template = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue(cell));

        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(template), "test")) {
            workbook.fill(VALUES);
            assertThat(workbook.template().getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(filled);
        }
    }

    @Test
    void aFootersPlaceholdersAreFilledWithTheirAmpersandsDoubledSoThatTheyPrintAsWritten() throws IOException {
        byte[] template = workbook(sheet -> {
            sheet.getFooter().setLeft("${source}");
            sheet.getFooter().setCenter("${periodTitle}, стр. &P из &N");
            sheet.getHeader().setRight("${region}");
        });

        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(template), "test")) {
            workbook.fill(VALUES);
            XSSFSheet sheet = workbook.template().getSheetAt(0);
            // a single "&" starts a page code in a footer (&P: the page); "&&" prints one "&"
            assertThat(sheet.getFooter().getLeft()).isEqualTo("Данные: «A && B»");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("январь – октябрь 2026 г., стр. &P из &N");
            assertThat(sheet.getHeader().getRight()).isEqualTo("Алматинская область");
        }
    }

    @Test
    void theTemplateNamesEveryPlaceholderAndMarkerItHolds() throws IOException {
        byte[] template = table();

        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(template), "test")) {
            assertThat(workbook.placeholders()).containsExactly("region", "rows:acts", "total:acts", "source");
        }
    }

    @Test
    void theTableIsWrittenAtItsMarkerAndWhatTheAnalystPutUnderItFollowsTheLastRow() throws IOException {
        byte[] file;
        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(table()), "test")) {
            workbook.fill(VALUES);
            TableWriter acts = workbook.table(workbook.take("acts"), ReportProgress.untracked());
            acts.row(List.of(new Label("Алматинская область"), 12, 3));
            acts.row(List.of(new Label("город Алматы"), 7, 0));
            acts.row(List.of(new Label("область Абай"), 0, 1));
            acts.total(List.of(new Label("Итого"), new Formula("SUM(B3:B5)", 19), new Formula("SUM(C3:C5)", 4)));
            workbook.endTables();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.stream().write(out);
            file = out.toByteArray();
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Акты надзора: Алматинская область");
            assertThat(text(sheet.getRow(1), 0)).isEqualTo("Регион");
            // the three rows where the marker was, in its styles, then the total where its marker was
            assertThat(text(sheet.getRow(2), 0)).isEqualTo("Алматинская область");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(text(sheet.getRow(4), 0)).isEqualTo("область Абай");
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(text(sheet.getRow(5), 0)).isEqualTo("Итого");
            assertThat(sheet.getRow(5).getCell(1).getCellFormula()).isEqualTo("SUM(B3:B5)");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(12 + 7 + 0);
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(3 + 0 + 1);
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            // the source the analyst put one row under the table, filled, one row under the total
            assertThat(sheet.getRow(6) == null || sheet.getRow(6).getCell(0) == null
                    || text(sheet.getRow(6), 0).isEmpty()).isTrue();
            assertThat(text(sheet.getRow(7), 0)).isEqualTo("Данные: «A & B»");
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }

    /** A title with a placeholder, a header, the marker row, a bold total marker, a blank row and a source line. */
    private static byte[] table() throws IOException {
        return workbook(sheet -> {
            XSSFWorkbook book = sheet.getWorkbook();
            sheet.createRow(0).createCell(0).setCellValue("Акты надзора: ${region}");
            sheet.createRow(1).createCell(0).setCellValue("Регион");
            XSSFRow rows = sheet.createRow(2);
            for (int c = 0; c < 3; c++) {
                rows.createCell(c).setCellStyle(book.createCellStyle());
            }
            rows.getCell(0).setCellValue("${rows:acts}");
            XSSFRow total = sheet.createRow(3);
            var bold = book.createCellStyle();
            bold.setFont(book.createFont());
            bold.getFont().setBold(true);
            for (int c = 0; c < 3; c++) {
                total.createCell(c).setCellStyle(bold);
            }
            total.getCell(0).setCellValue("${total:acts}");
            sheet.createRow(5).createCell(0).setCellValue("${source}");
        });
    }

    private static String text(XSSFRow row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static byte[] workbook(java.util.function.Consumer<XSSFSheet> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook.createSheet("Таблица"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
