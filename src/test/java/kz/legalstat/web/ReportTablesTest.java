package kz.legalstat.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import kz.legalstat.report.CatalogueEntry;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report's main table as the export page shows it, read from a workbook laid out as the reports are (title,
 * headings, the line of column numbers, rows, a total by formula), and read once per written file.
 */
class ReportTablesTest {

    @TempDir
    Path dir;

    @Test
    void theTableIsReadAsExcelShowsItItsTotalComputed() throws IOException {
        ReportTable table = ReportTable.read(report(dir.resolve("a.xlsx")), Locale.forLanguageTag("ru"));

        assertThat(table.title()).isEqualTo("Акты надзора, январь – ноябрь 2026 г.");
        assertThat(table.headings()).containsExactly("Регион", "Акты: выдано", "Акты: рассмотрено");
        assertThat(table.body()).extracting(row -> row.get(0).text())
                .containsExactly("Алматинская область", "город Алматы");
        // the total is a formula in the file: 12 + 7 and 10 + 5, as Excel computes it
        assertThat(table.total()).extracting(ReportTable.Value::number).containsExactly(null, 19.0, 15.0);
        assertThat(table.max(1)).isEqualTo(12.0);
    }

    @Test
    void readingTheTableLeavesTheFileAsWrittenByteForByte() throws Exception {
        Path file = report(dir.resolve("c.xlsx"));
        byte[] written = Files.readAllBytes(file);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);

        ReportTable.read(file, Locale.forLanguageTag("ru"));

        // the catalogue keeps the file's checksum, and a download may be reading it meanwhile
        assertThat(Files.readAllBytes(file)).isEqualTo(written);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void onlyTheFirstSheetIsReadSoARegisterOfMillionsOnTheNextOneCostsNothing() throws IOException {
        // a report whose second sheet is no worksheet POI could read at all: were it read, the table would fail
        Path file = report(dir.resolve("d.xlsx"));
        Path broken = dir.resolve("e.xlsx");
        try (var in = new java.util.zip.ZipFile(file.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet2.xml")
                        ? "<not a worksheet".getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }

        ReportTable table = ReportTable.read(broken, Locale.forLanguageTag("ru"));

        assertThat(table.body()).hasSize(2);
        assertThat(table.total().get(1).number()).isEqualTo(19.0);
    }

    @Test
    void aWrittenReportIsReadOnceAndAnotherFileOfTheSameNumberAgain() throws IOException {
        Path file = report(dir.resolve("b.xlsx"));
        ReportTables tables = new ReportTables();
        ReportTable first = tables.of(entry(file, "aa11"), Locale.forLanguageTag("ru"));

        // the file gone, the page still shows the table it read: a written report does not change
        Files.delete(file);
        assertThat(tables.of(entry(file, "aa11"), Locale.forLanguageTag("ru"))).isSameAs(first);

        // a file of another checksum is another report: read again (and here, gone, it cannot be)
        assertThatThrownBy(() -> tables.of(entry(file, "bb22"), Locale.forLanguageTag("ru")))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static CatalogueEntry entry(Path file, String sha256) {
        return new CatalogueEntry(5, "supervision-acts", LocalDate.of(2026, 11, 1), "ru", null, null, file.toString(),
                sha256, Map.of("by-region", 2L), "analyst", null);
    }

    @Test
    void aListWithoutATotalKeepsItsLastRowAmongTheRows() throws IOException {
        Path file = dir.resolve("findings.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("1");
            sheet.createRow(0).createCell(0).setCellValue("Что исправить");
            row(sheet, 1, "Подразделение", "Строка");
            row(sheet, 2, "", "");
            row(sheet, 3, "А", "1");
            row(sheet, 4, "Илийский район", "").getCell(1).setCellValue(3);
            // a row of its own formula (a share), as a report's rows have, is no total
            row(sheet, 5, "город Павлодар").createCell(1).setCellFormula("2*2");
            book.write(out);
        }

        ReportTable table = ReportTable.read(file, Locale.forLanguageTag("ru"));

        assertThat(table.body()).extracting(row -> row.get(0).text()).containsExactly("Илийский район", "город Павлодар");
        assertThat(table.total()).isEmpty();
    }

    private static Path report(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("1");
            sheet.createRow(0).createCell(0).setCellValue("Акты надзора, январь – ноябрь 2026 г.");
            row(sheet, 2, "Регион", "Акты", "");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 1, 2));
            row(sheet, 3, "", "выдано", "рассмотрено");
            row(sheet, 4, "А", "1", "2");
            XSSFRow almaty = row(sheet, 5, "Алматинская область");
            almaty.createCell(1).setCellValue(12);
            almaty.createCell(2).setCellValue(10);
            XSSFRow city = row(sheet, 6, "город Алматы");
            city.createCell(1).setCellValue(7);
            city.createCell(2).setCellValue(5);
            XSSFRow total = row(sheet, 7, "Итого");
            total.createCell(1).setCellFormula("SUM(B6:B7)");
            total.createCell(2).setCellFormula("SUM(C6:C7)");
            row(sheet, 9, "Источник: данные подразделений");
            row(book.createSheet("2"), 0, "Реестр актов");
            book.write(out);
        }
        return file;
    }

    private static XSSFRow row(XSSFSheet sheet, int r, String... texts) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < texts.length; c++) {
            row.createCell(c).setCellValue(texts[c]);
        }
        return row;
    }
}
