package kz.legalstat.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import kz.legalstat.report.ReportProgress;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed table as POI reads it back: every kind of text the data may hold, labels as shared strings,
 * numbers, dates in the template's style, formulas and blanks, in the right cells.
 */
class StreamingWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void whatIsStreamedReadsBackAsWritten() throws IOException {
        List<String> texts = List.of("=HYPERLINK(\"http://x\")", "<b>&amp;\"quoted\"</b>", "  leading and trailing  ",
                "line\nbreak\ttab\rreturn", "no\u00A0break", "Қазақстан Республикасы", "emoji \uD83D\uDE00 pair", "");
        byte[] file;
        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(template()), "test")) {
            TableSlot slot = workbook.take("t");
            TableWriter table = new TableWriter(workbook.stream(), slot, ReportProgress.untracked());
            for (int i = 0; i < 500; i++) {
                table.row(Arrays.asList(new Label(i % 2 == 0 ? "Акмолинская область" : "город Астана"),
                        texts.get(i % texts.size()), i, LocalDate.of(2026, 1, 1).plusDays(i), i * 0.25, null,
                        new Label("рассмотрен с опозданием")));
            }
            table.total(List.of(new Label("Итого"), "", new Formula("SUM(C3:C502)", table.columnSum(2))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.stream().write(out);
            file = out.toByteArray();
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Заголовок");
            for (int i = 0; i < 500; i++) {
                XSSFRow row = sheet.getRow(2 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(i % 2 == 0 ? "Акмолинская область" : "город Астана");
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(1).getStringCellValue()).as("row %d", i).isEqualTo(texts.get(i % texts.size()));
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(i);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2026, 1, 1).plusDays(i));
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(i * 0.25);
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo("рассмотрен с опозданием");
            }
            XSSFRow total = sheet.getRow(502);
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C3:C502)");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(499 * 500 / 2);
            assertThat(total.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
        String sheetXml = entry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).doesNotContain("Акмолинская область").contains("<c r=\"A3\" s=");
        assertThat(entry(file, "xl/sharedStrings.xml")).containsOnlyOnce("Акмолинская область");
    }

    /** A template: a title, a header, the marker row with a date style in column D, a bold total row. */
    @Test
    void anActNumberLinksToItsPageWhenThePortalIsKnownAndStaysPlainTextOtherwise() throws IOException {
        byte[] file;
        try (TemplateWorkbook workbook = TemplateWorkbook.open(new ByteArrayInputStream(template()), "test")) {
            TableWriter table = new TableWriter(workbook.stream(), workbook.take("t"), ReportProgress.untracked());
            table.row(List.of(OverdueActsReport.actNumber("https://legalstat.example.kz", "1910", "1910/26-1")));
            table.row(List.of(OverdueActsReport.actNumber("", "1910", "1910/26-\"2\"")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.stream().write(out);
            file = out.toByteArray();
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var linked = read.getSheetAt(0).getRow(2).getCell(0);
            assertThat(linked.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(linked.getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://legalstat.example.kz/act?unit=1910&id=1910%2F26-1\",\"1910/26-1\")");
            assertThat(linked.getStringCellValue()).isEqualTo("1910/26-1");
            var plain = read.getSheetAt(0).getRow(3).getCell(0);
            assertThat(plain.getCellType()).isEqualTo(CellType.STRING);
            assertThat(plain.getStringCellValue()).isEqualTo("1910/26-\"2\"");
        }
    }

    private static byte[] template() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Таблица");
            sheet.createRow(0).createCell(0).setCellValue("Заголовок");
            sheet.createRow(1).createCell(0).setCellValue("Регион");
            XSSFRow marker = sheet.createRow(2);
            XSSFCellStyle plain = workbook.createCellStyle();
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int c = 0; c < 7; c++) {
                marker.createCell(c).setCellStyle(c == 3 ? date : plain);
            }
            marker.getCell(0).setCellValue("${rows:t}");
            XSSFRow total = sheet.createRow(3);
            XSSFCellStyle bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            bold.getFont().setBold(true);
            for (int c = 0; c < 7; c++) {
                total.createCell(c).setCellStyle(bold);
            }
            total.getCell(0).setCellValue("${total:t}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String entry(byte[] file, String name) throws IOException {
        Path copy = Files.write(folder.resolve("streamed.xlsx"), file);
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
