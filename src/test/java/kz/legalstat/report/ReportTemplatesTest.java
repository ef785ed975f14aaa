package kz.legalstat.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.CurrentState;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates are the analysts': restyled, reworded, with rows added above the table, the report still fills
 * correctly; a template that lost its marker is named with what is missing. Data text is never a formula.
 */
class ReportTemplatesTest extends PostgresTest {

    static Path templates;

    @Autowired
    Reports reports;

    @Autowired
    CurrentState currentState;

    @DynamicPropertySource
    static void analystsTemplates(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("templates");
        for (ReportName name : ReportName.values()) {
            for (Lang lang : Lang.values()) {
                String file = name.cliName() + "_" + lang + ".xlsx";
                try (InputStream in = new ClassPathResource("report-templates/" + file).getInputStream()) {
                    Files.copy(in, templates.resolve(file));
                }
            }
        }
        // an analyst opens the Russian supervision-acts template in Excel and edits it
        Path file = templates.resolve("supervision-acts_ru.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.shiftRows(0, sheet.getLastRowNum(), 3);
            sheet.createRow(0).createCell(0).setCellValue("Генеральная прокуратура Республики Казахстан");
            sheet.createRow(1).createCell(0).setCellValue("Комитет по правовой статистике и специальным учётам");
            var font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 16);
            var titleStyle = workbook.createCellStyle();
            titleStyle.setFont(font);
            sheet.getRow(3).getCell(1).setCellStyle(titleStyle);
            sheet.getRow(11).getCell(1).setCellValue("Внесено актов за ${year}");
            // and a line of his own under the table
            sheet.createRow(sheet.getLastRowNum() + 2).createCell(0).setCellValue("Исп. Иванова А. К., тел. 71-00-00");
            sheet.setColumnWidth(0, 50 * 256);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        registry.add("legalstat.report.templates-dir", templates::toString);
    }

    @BeforeEach
    void twoActsOfIli() {
        MonthData data = new MonthData(jdbc);
        long acts = data.submission("acts", "1910", "2026-10-01");
        data.act(acts, 2, "1910/26-1", "PROTEST", "2026-10-01", "2026-10-01", null, null, null, null,
                "=HYPERLINK(\"http://example.invalid\",\"нажмите\")");
        data.act(acts, 3, "1910/26-2", "WARNING", "2026-10-02", null, null, null, null, null);
        currentState.refresh();
    }

    @Test
    void anEditedTemplateStillFillsItsTable() throws IOException {
        Path out = templates.resolve("out.xlsx");

        reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, YearMonth.of(2026, 10), Lang.ru, null, null, out,
                "test"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Генеральная прокуратура");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getFontIndex())
                    .satisfies(i -> assertThat(workbook.getFontAt(i).getFontName()).isEqualTo("Times New Roman"));
            assertThat(sheet.getRow(11).getCell(1).getStringCellValue()).isEqualTo("Внесено актов за 2026 г.");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("январь – октябрь 2026 г.");
            // the table starts three rows lower, in the official order; Almaty region (19) has the two acts
            assertThat(sheet.getRow(14).getCell(0).getStringCellValue()).isEqualTo("город Астана");
            assertThat(sheet.getRow(14 + 6).getCell(0).getStringCellValue()).isEqualTo("Алматинская область");
            assertThat(sheet.getRow(14 + 6).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(14 + 20).getCell(1).getCellFormula()).isEqualTo("SUM(B15:B34)");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(50 * 256);
            // under the total: the source, the symbols, then the analyst's own line, in that order
            List<String> below = new ArrayList<>();
            for (int r = 14 + 21; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null) {
                    sheet.getRow(r).forEach(cell -> below.add(cell.getStringCellValue()));
                }
            }
            assertThat(below).hasSize(3);
            assertThat(below.get(0)).startsWith("Источник:");
            assertThat(below.get(1)).startsWith("Условные обозначения:");
            assertThat(below.get(2)).isEqualTo("Исп. Иванова А. К., тел. 71-00-00");
        }
    }

    @Test
    void aRegionsReportTitlesItsTableByUnitAndNamesTheRegionsOwnOffice() throws IOException {
        for (Lang lang : Lang.values()) {
            Path out = templates.resolve("region_" + lang + ".xlsx");

            reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, YearMonth.of(2026, 10), lang, "19", null, out,
                    "test"));

            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
                List<String> texts = new ArrayList<>();
                workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }));
                boolean ru = lang == Lang.ru;
                assertThat(workbook.getSheetName(0)).isEqualTo(ru ? "По подразделениям" : "Бөлімшелер бойынша");
                assertThat(texts).as(lang.name()).anyMatch(t -> t.endsWith(ru ? "по подразделениям" : "бөлімшелер бойынша"))
                        .noneMatch(t -> t.contains(ru ? "по регионам" : "өңірлер бойынша"))
                        .contains(ru ? "Алматинская область — аппарат прокуратуры" : "Алматы облысы — прокуратура аппараты",
                                ru ? "Илийский район" : "Іле ауданы");
                // the region's bare name only in the title block («Регион:»), never as a row read as its total
                assertThat(texts).filteredOn(t -> t.equals(ru ? "Алматинская область" : "Алматы облысы")).hasSize(1);
            }
        }
    }

    @Test
    void textFromTheDataIsNeverAFormula() throws IOException {
        Path out = templates.resolve("overdue.xlsx");

        reports.write(new ReportRequest(ReportName.OVERDUE_ACTS, YearMonth.of(2026, 10), Lang.ru, "19", null, out,
                "test"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            var addressee = workbook.getSheetAt(1).getRow(11).getCell(4);
            assertThat(addressee.getCellType()).isEqualTo(CellType.STRING);
            assertThat(addressee.getStringCellValue()).startsWith("=HYPERLINK(");
        }
    }

    @Test
    void aTemplateWithoutItsMarkerIsNamedAndWritesNoFile() throws IOException {
        Path file = templates.resolve("special-records_kk.xlsx");
        byte[] original = Files.readAllBytes(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.getSheetAt(1).getRow(11).getCell(0).setCellValue("");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try {
            assertThatThrownBy(reports::validateTemplates)
                    .hasMessageContaining("special-records_kk.xlsx: no ${rows:by-category} marker");
            assertThatThrownBy(() -> reports.write(new ReportRequest(ReportName.SPECIAL_RECORDS, YearMonth.of(2026, 10),
                    Lang.kk, null, null, templates.resolve("sr.xlsx"), "test")))
                    .hasMessageContaining("has no cell ${rows:by-category}");
            assertThat(templates.resolve("sr.xlsx")).doesNotExist();
            try (var left = Files.list(templates)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        } finally {
            Files.write(file, original);
        }
    }
}
