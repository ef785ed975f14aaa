package kz.legalstat.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.legalstat.PostgresTest;
import kz.legalstat.PrintedPages;
import kz.legalstat.i18n.Lang;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;
import kz.legalstat.report.ReportName;
import kz.legalstat.report.ReportRequest;
import kz.legalstat.report.Reports;
import kz.legalstat.schedule.Pipeline;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's promise: demo submissions of every unit go through the nightly job, and the
 * reports, reopened with POI, agree with SQL over the same data and show every planted fault.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPipelineTest extends PostgresTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);

    @Autowired
    DemoSubmissions demo;

    @Autowired
    Pipeline pipeline;

    @Autowired
    ReferenceData reference;

    @Autowired
    Reports reports;

    @TempDir
    static Path out;

    List<PlantedFault> faults;
    BatchStatus status;

    @BeforeAll
    void runTheDemoOnce() throws IOException {
        emptyDataTables();
        faults = demo.write(out.resolve("inbox"), PERIOD, 3000, 42);
        status = pipeline.nightly(out.resolve("inbox"), PERIOD, out.resolve("reports")).getStatus();
    }

    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void emptyDataTables() {
        if (status == null) {
            super.emptyDataTables();
        }
    }

    @Test
    void theNightlyJobCompletesAndWritesEveryReportInBothLanguages() throws IOException {
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        try (var files = Files.list(out.resolve("reports"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "supervision-acts_2026-10_kk.xlsx", "supervision-acts_2026-10_ru.xlsx",
                    "overdue-acts_2026-10_kk.xlsx", "overdue-acts_2026-10_ru.xlsx",
                    "data-quality_2026-10_kk.xlsx", "data-quality_2026-10_ru.xlsx",
                    "special-records_2026-10_kk.xlsx", "special-records_2026-10_ru.xlsx");
        }
        // and, units being kept out, each of their regions' work list in both languages, beside the reports
        List<String> regions = jdbc.sql("""
                SELECT DISTINCT left(unit_code, 2) FROM quality_blocked_unit
                WHERE run_id = (SELECT max(id) FROM quality_run) ORDER BY 1""").query(String.class).list();
        assertThat(regions).isNotEmpty();
        try (var files = Files.list(out.resolve("work-lists"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(regions.stream()
                    .flatMap(r -> java.util.stream.Stream.of("data-quality_2026-10_" + r + "_kk.xlsx",
                            "data-quality_2026-10_" + r + "_ru.xlsx")).toList());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM report_export WHERE requested_by LIKE 'nightly #%'")
                .query(Long.class).single()).isEqualTo(8 + 2L * regions.size());
        assertThat(jdbc.sql("SELECT row_counts ->> 'by-region' FROM report_export WHERE report_name = 'supervision-acts' "
                + "AND lang = 'kk'").query(String.class).single()).isEqualTo("20");
    }

    @Test
    void everySheetPrintsOnA4WithItsPageAndPagesInTheFooterAndATableItsHeaderOnEveryPage() throws IOException {
        forEverySheetOfEveryReport((sheet, where) -> {
            assertThat(sheet.getPrintSetup().getPaperSize()).as(where).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFooter().getRight()).as(where).contains("&P", "&N");
            assertThat(sheet.getFooter().getLeft()).as(where).contains("2026");
            if (sheet.getRepeatingRows() != null) {
                var pane = sheet.getPaneInformation();
                assertThat(pane).as(where).isNotNull();
                assertThat(pane.isFreezePane()).as(where).isTrue();
                assertThat((int) pane.getHorizontalSplitPosition())
                        .as(where + ": frozen below the repeated header")
                        .isEqualTo(sheet.getRepeatingRows().getLastRow() + 1);
            }
        });
    }

    /**
     * Printed as an office prints them, every page of every report is at least 8-point text (the median height of its
     * words against 8-point text printed the same way), says which page of how many it is, and the short tables
     * keep to one page: their title and their total on the same page; a figure has its page to itself.
     */
    @Test
    void everyPrintedPageIsAtLeastEightPointTextAndNumbered() throws Exception {
        Path printed = out.resolve("printed");
        Files.createDirectories(printed);
        List<Path> workbooks;
        try (var files = Files.list(out.resolve("reports"))) {
            workbooks = new ArrayList<>(files.sorted().toList());
        }
        workbooks.add(PrintedPages.referenceWorkbook(printed, 8));
        List<Path> pdfs = PrintedPages.print(printed, workbooks);
        double eightPoints = PrintedPages.pages(pdfs.get(pdfs.size() - 1)).get(0).medianHeight();
        for (Path pdf : pdfs.subList(0, pdfs.size() - 1)) {
            boolean kk = pdf.getFileName().toString().contains("_kk");
            List<PrintedPages.Page> pages = PrintedPages.pages(pdf);
            for (int p = 0; p < pages.size(); p++) {
                PrintedPages.Page page = pages.get(p);
                String where = pdf.getFileName() + " page " + (p + 1);
                assertThat(page.medianHeight()).as(where + " against 8 points: " + eightPoints)
                        .isGreaterThanOrEqualTo(eightPoints - 0.05);
                assertThat(page.text()).as(where).contains(kk ? (p + 1) + " / " + pages.size() + " бет"
                        : "стр. " + (p + 1) + " из " + pages.size());
                if (page.text().contains(kk ? "-сурет." : "Рисунок ")) {
                    assertThat(page.text()).as(where + ": a figure alone").doesNotContain(kk ? "-кесте." : "Таблица ");
                }
            }
            String name = pdf.getFileName().toString();
            if (name.startsWith("supervision-acts") || name.startsWith("special-records")) {
                String total = kk ? "Республика бойынша барлығы" : "Итого по республике";
                String symbols = kk ? "Шартты белгілер:" : "Условные обозначения:";
                assertThat(pages).as(name + ": table 1, its total and its symbols on one page")
                        .anySatisfy(page -> assertThat(page.text()).contains(kk ? "1-кесте." : "Таблица 1.", total,
                                symbols));
            }
        }
    }

    @Test
    void theDataLineWrapsOverTheTableWidthOnARowTallEnoughToPrintIt() throws IOException {
        forEverySheetOfEveryReport((sheet, where) -> {
            if (sheet.getSheetName().equals("Пояснения") || sheet.getSheetName().equals("Түсініктеме")) {
                return; // the definitions of the columns: no title block
            }
            if (sheet.getRepeatingRows() == null) {
                return; // a sheet of figures: no title block
            }
            Cell data = dataLine(sheet);
            // the demo keeps two units out, so the line names them and is long
            assertThat(data.getStringCellValue()).as(where).contains("5510", "6330");
            assertThat(data.getCellStyle().getWrapText()).as(where).isTrue();
            var merged = sheet.getMergedRegions().stream().filter(r -> r.isInRange(data)).findFirst();
            assertThat(merged).as(where).isPresent();
            double widthInChars = 0;
            for (int c = merged.get().getFirstColumn(); c <= merged.get().getLastColumn(); c++) {
                widthInChars += sheet.getColumnWidth(c) / 256.0;
            }
            int lines = (int) Math.ceil(data.getStringCellValue().length() / widthInChars);
            assertThat(sheet.getRow(6).getHeightInPoints()).as(where + ": " + lines + " lines")
                    .isGreaterThanOrEqualTo(lines * 10f);
        });
    }

    /** The title block's data line: the last text of row 7, after its label. */
    private static Cell dataLine(Sheet sheet) {
        Cell line = null;
        for (Cell cell : sheet.getRow(6)) {
            if (cell.getCellType() == CellType.STRING) {
                line = cell;
            }
        }
        assertThat(line).as("the data line of " + sheet.getSheetName()).isNotNull();
        return line;
    }

    /** Every sheet of every report the night wrote, with a name for messages ("file 'sheet'"). */
    private void forEverySheetOfEveryReport(java.util.function.BiConsumer<Sheet, String> check) throws IOException {
        try (var files = Files.list(out.resolve("reports"))) {
            for (Path file : files.toList()) {
                try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                    for (Sheet sheet : workbook) {
                        check.accept(sheet, file.getFileName() + " '" + sheet.getSheetName() + "'");
                    }
                }
            }
        }
    }

    @Test
    void supervisionActsFiguresDrawTheTablesNumbersByRegion() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
                out.resolve("reports").resolve("supervision-acts_2026-10_ru.xlsx")))) {
            Sheet table = workbook.getSheetAt(0);
            var figures = workbook.getSheet("Рисунки");
            var charts = figures.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getTitleText().getString()).contains("январь – октябрь 2026 г.");
            int first = firstDataRow(table);
            int regions = reference.regions().size();
            var issuedAndSatisfied = charts.get(0).getChartSeries().get(0);
            assertThat(issuedAndSatisfied.getSeriesCount()).isEqualTo(4);
            for (int r = 0; r < regions; r++) {
                Row row = table.getRow(first + r);
                String region = row.getCell(0).getStringCellValue();
                assertThat(issuedAndSatisfied.getSeries(0).getCategoryData().getPointAt(r)).isEqualTo(region);
                // issued this year and last (columns 1, 2), satisfied in full or in part (columns 5 + 6)
                assertThat(issuedAndSatisfied.getSeries(0).getValuesData().getPointAt(r).doubleValue())
                        .isEqualTo(row.getCell(1).getNumericCellValue());
                assertThat(issuedAndSatisfied.getSeries(1).getValuesData().getPointAt(r).doubleValue())
                        .isEqualTo(row.getCell(2).getNumericCellValue());
                assertThat(issuedAndSatisfied.getSeries(2).getValuesData().getPointAt(r).doubleValue())
                        .isEqualTo(row.getCell(5).getNumericCellValue() + row.getCell(6).getNumericCellValue());
                // overdue per 100 acts issued: column 14
                assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(r).doubleValue())
                        .isCloseTo(row.getCell(10).getNumericCellValue() * 100 / row.getCell(1).getNumericCellValue(),
                                org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void anEarlierAsOfDateCountsEveryActAsItStoodThatDay() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 10, 12);
        Path file = out.resolve("as-of").resolve("supervision-acts.xlsx");
        reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, PERIOD, Lang.ru, null, asOf, file, "test"));

        // considered, pending within term and overdue as of the 12th, not the month's end
        String status = """
                SELECT count(*) FILTER (WHERE is_considered), count(*) FILTER (WHERE is_pending_within_term),
                       count(*) FILTER (WHERE is_overdue)
                FROM act_status(DATE '2026-01-01', DATE '2026-10-31', CAST(? AS date))
                WHERE unit_code NOT IN (SELECT unit_code FROM blocked_units(DATE '2026-10-01'))""";
        List<Long> then = jdbc.sql(status).param(asOf)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        List<Long> atMonthEnd = jdbc.sql(status).param(LocalDate.of(2026, 10, 31))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        assertThat(then).as("the demo has acts whose status changes between the 12th and the 31st")
                .isNotEqualTo(atMonthEnd);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(firstDataRow(sheet) + reference.regions().size());
            assertThat(List.of((long) total.getCell(4).getNumericCellValue(), (long) total.getCell(9).getNumericCellValue(),
                    (long) total.getCell(10).getNumericCellValue())).isEqualTo(then);
            // and the title block says which day the statuses are of
            List<String> texts = new ArrayList<>();
            for (int r = 0; r < firstDataRow(sheet); r++) {
                if (sheet.getRow(r) != null) {
                    sheet.getRow(r).forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : ""));
                }
            }
            assertThat(texts).anyMatch(t -> t.contains("12.10.2026"));
        }
    }

    @Test
    void supervisionActsCountsPerRegionEqualSqlAndTheTotalIsTheirSum() throws IOException {
        // without the units held back by errors (the form that disagrees, the unit that did not report, the units whose
        // rows were refused), this year and last, so that the change compares like with like
        String notBlocked = "unit_code NOT IN (SELECT unit_code FROM blocked_units(DATE '2026-10-01'))";
        Map<String, Long> thisYear = countsByRegion("2026-01-01", "2026-10-31", notBlocked);
        Map<String, Long> lastYear = countsByRegion("2025-01-01", "2025-10-31", notBlocked);
        for (String file : List.of("supervision-acts_2026-10_ru.xlsx", "supervision-acts_2026-10_kk.xlsx")) {
            try (Workbook workbook = open(file)) {
                Sheet sheet = workbook.getSheetAt(0);
                int first = firstDataRow(sheet);
                List<Unit> regions = reference.regions();
                long sum = 0;
                for (int i = 0; i < regions.size(); i++) {
                    Row row = sheet.getRow(first + i);
                    String code = regions.get(i).code();
                    String name = file.contains("_kk") ? regions.get(i).nameKk() : regions.get(i).nameRu();
                    boolean held = keptOut().stream().anyMatch(unit -> unit.startsWith(code));
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(held ? name + " *" : name);
                    assertThat((long) row.getCell(1).getNumericCellValue()).as(file + " issued " + code)
                            .isEqualTo(thisYear.getOrDefault(code, 0L));
                    assertThat((long) row.getCell(2).getNumericCellValue()).as(file + " last year " + code)
                            .isEqualTo(lastYear.getOrDefault(code, 0L));
                    sum += (long) row.getCell(1).getNumericCellValue();
                }
                Cell total = sheet.getRow(first + regions.size()).getCell(1);
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(total.getCellFormula()).isEqualTo("SUM(B" + (first + 1) + ":B" + (first + regions.size()) + ")");
                assertThat((long) total.getNumericCellValue()).isEqualTo(sum)
                        .isEqualTo(thisYear.values().stream().mapToLong(Long::longValue).sum());
            }
        }
    }

    @Test
    void everyPlantedFaultIsInTheDataQualityReportWithItsFileAndRow() throws IOException {
        assertThat(faults).extracting(PlantedFault::rule).contains("SUBMISSION_MISSING", "ROW_REJECTED",
                "ACT_CONSIDERED_LATE", "FORM_DETAIL_MISMATCH", "SUBMISSION_LATE", "FILE_NAME_INVALID", "FILE_WARNING");
        for (String file : List.of("data-quality_2026-10_ru.xlsx", "data-quality_2026-10_kk.xlsx")) {
            boolean kk = file.contains("_kk");
            try (Workbook workbook = open(file)) {
                List<List<String>> findings = rows(workbook.getSheetAt(0));
                for (PlantedFault fault : faults) {
                    String unitName = fault.unitCode() == null ? ""
                            : reference.unit(fault.unitCode()).orElseThrow().name(kk ? Lang.kk : Lang.ru);
                    String rule = jdbc.sql("SELECT " + (kk ? "name_kk" : "name_ru") + " FROM quality_rule WHERE id = ?")
                            .param(fault.rule()).query(String.class).single();
                    assertThat(findings).as(file + ": " + fault).anySatisfy(f -> {
                        assertThat(f.get(3)).isEqualTo(rule);
                        assertThat(f.get(6)).isEqualTo(fault.file() == null ? "" : fault.file());
                        assertThat(f.get(7)).isEqualTo(fault.row() == null ? "" : String.valueOf(fault.row()));
                        if (fault.unitCode() != null) {
                            assertThat(f.get(1)).isEqualTo(unitName);
                        }
                        assertThat(f.get(4)).isNotBlank().doesNotContain(out.toString());
                    });
                }
                // no code of a column, an act type or a form's indicator is left for the unit to decode
                assertThat(findings).allSatisfy(f -> assertThat(f.get(4) + " " + f.get(10))
                        .doesNotContainPattern("\\b(issued|received|considered|reported)_on\\b")
                        .doesNotContainPattern("\\bACTS\\.[A-Z_]+")
                        .doesNotContainPattern("\\b(PROTEST|SUBMISSION|WARNING|APPEAL)\\b"));
                // what blocks publication comes first, each error with the day to correct it by
                List<String> severities = findings.stream().filter(f -> !f.get(2).isEmpty()).map(f -> f.get(2)).toList();
                String error = kk ? "қате" : "ошибка";
                assertThat(severities.subList(0, (int) severities.stream().filter(error::equals).count()))
                        .containsOnly(error);
                assertThat(findings).filteredOn(f -> f.get(2).equals(error))
                        .allSatisfy(f -> assertThat(f.get(5)).isEqualTo("10.11.2026"));
            }
        }
    }

    @Test
    void completenessShowsTheUnitThatDidNotReport() throws IOException {
        try (Workbook workbook = open("data-quality_2026-10_ru.xlsx")) {
            List<List<String>> rows = rows(workbook.getSheetAt(1));
            assertThat(rows).filteredOn(r -> r.get(1).equals(DemoSubmissions.MISSING_UNIT)).singleElement()
                    .satisfies(r -> assertThat(r.subList(3, 6))
                            .containsExactly("отсутствует", "не требуется", "отсутствует"));
            assertThat(rows).filteredOn(r -> r.get(1).equals(DemoSubmissions.LATE_FILE_UNIT)).singleElement()
                    .satisfies(r -> assertThat(r.get(5)).isEqualTo("представлен с опозданием"));
            assertThat(rows).filteredOn(r -> r.get(1).matches("\\d{2,4}")).hasSize(reference.allUnits().size());
        }
    }

    @Test
    void aRegionsSliceMarksOnlyTheUnitThatIsKeptOut() throws IOException {
        Path file = out.resolve("pavlodar.xlsx");
        reports.write(new ReportRequest(ReportName.SUPERVISION_ACTS, PERIOD,
                Lang.ru, "55", null, file, "test"));
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<List<String>> rows = rows(workbook.getSheetAt(0));
            assertThat(rows.subList(0, 5)).extracting(r -> r.get(0)).containsExactly("Павлодарская область — аппарат прокуратуры",
                    "город Павлодар *", "город Экибастуз", "город Аксу", "Итого по региону *");
            // the unit kept out shows no figure, this year or last, nor a change
            assertThat(rows.get(1).subList(1, 4)).containsExactly("…", "…", "…");
            // and the note under the table says how many of its acts are out, this year and last
            long[] out = jdbc.sql("""
                    SELECT count(*) FILTER (WHERE issued_on BETWEEN DATE '2026-01-01' AND DATE '2026-10-31'),
                           count(*) FILTER (WHERE issued_on BETWEEN DATE '2025-01-01' AND DATE '2025-10-31')
                    FROM act WHERE unit_code = '5510'""").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            // in column B, where a table printed two pages across keeps its notes
            assertThat(rows.get(5).get(1)).startsWith("* Не включены ни в этом году, ни в прошлом")
                    .contains("(за период / за тот же период прошлого года)")
                    .endsWith("5510 город Павлодар — " + out[0] + " / " + out[1]);
        }
    }

    @Test
    void unitsWithErrorsAreKeptOutAndNamedInTheReport() throws IOException {
        assertThat(keptOut()).contains(DemoSubmissions.FORM_MISMATCH_UNIT, DemoSubmissions.MISSING_UNIT);
        assertThat(jdbc.sql("SELECT unit_code FROM blocked_units(DATE '2026-10-01') ORDER BY 1").query(String.class).list())
                .containsExactlyElementsOf(keptOut());
        try (Workbook workbook = open("supervision-acts_2026-10_ru.xlsx")) {
            String data = dataLine(workbook.getSheetAt(0)).getStringCellValue();
            assertThat(data).contains("Не включены до исправления ошибок", "5510 город Павлодар (1)",
                    "6330 Глубоковский район (2)");
        }
    }

    @Test
    void theOverdueRegisterHoldsEveryOverdueActSortedByRegionUnitAndDaysLate() throws IOException {
        // every cell of every row against SQL over the same data, in the register's order
        List<List<Object>> expected = jdbc.sql("""
                SELECT r.name_ru AS region, u.name_ru AS unit, s.act_id, c.name_ru AS act_type, s.addressee,
                       s.issued_on, s.received_on, s.deadline_on, s.considered_on, s.report_deadline_on, s.reported_on,
                       s.days_late,
                       concat_ws('; ', CASE WHEN s.is_unanswered_past_term THEN 'не рассмотрен в срок' END,
                                 CASE WHEN s.is_considered_late THEN 'рассмотрен с опозданием' END,
                                 CASE WHEN s.is_reported_late THEN 'о результатах сообщено с опозданием' END) AS kinds
                FROM act_status(DATE '2026-01-01', DATE '2026-10-31', DATE '2026-10-31') s
                JOIN unit r ON r.code = s.region_code JOIN unit u ON u.code = s.unit_code
                JOIN code_list c ON c.domain = 'ACT_TYPE' AND c.code = s.act_type
                WHERE s.is_overdue AND s.unit_code NOT IN (SELECT unit_code FROM blocked_units(DATE '2026-10-01'))
                ORDER BY r.sort_order, u.parent_code IS NOT NULL, u.sort_order, s.days_late DESC NULLS LAST, s.act_id""")
                .query((rs, n) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= 13; c++) {
                        Object value = rs.getObject(c);
                        row.add(value instanceof java.sql.Date date ? date.toLocalDate() : value);
                    }
                    return row;
                }).list();
        try (Workbook workbook = open("overdue-acts_2026-10_ru.xlsx")) {
            Sheet sheet = workbook.getSheetAt(1);
            List<Row> rows = new ArrayList<>();
            Map<String, Long> subtotals = new java.util.LinkedHashMap<>();
            long total = -1;
            for (Row r : sheet) {
                if (r.getRowNum() <= 10 || r.getCell(0) == null) {
                    continue;
                }
                if (r.getCell(0).getStringCellValue().startsWith("Итого по республике")) {
                    assertThat(r.getCell(2).getCellFormula()).startsWith("SUBTOTAL(3,C");
                    total = (long) r.getCell(2).getNumericCellValue();
                } else if (r.getCell(1) != null && r.getCell(1).getStringCellValue().startsWith("Итого по региону")) {
                    assertThat(r.getCell(2).getCellFormula()).startsWith("SUBTOTAL(3,C");
                    subtotals.put(r.getCell(0).getStringCellValue(), (long) r.getCell(2).getNumericCellValue());
                } else if (r.getCell(1) != null) {
                    rows.add(r);
                }
            }
            assertThat(rows).hasSize(expected.size()).isNotEmpty();
            for (int i = 0; i < rows.size(); i++) {
                assertThat(cells(rows.get(i))).as("register row %d", i + 1).isEqualTo(expected.get(i));
            }
            // each region's acts closed by a subtotal of their number
            Map<String, Long> perRegion = new java.util.LinkedHashMap<>();
            expected.forEach(row -> perRegion.merge((String) row.get(0), 1L, Long::sum));
            assertThat(subtotals).containsExactlyEntriesOf(perRegion);
            assertThat(total).isEqualTo(expected.size());
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as("an autofilter over the register").isTrue();
            // dates are dates, days late a number
            Row first = rows.get(0);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            // the first rows are Astana's, the official first region
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("город Астана");
        }
    }

    /** A register row as SQL gives it: texts, dates, days late as an integer, blanks as null. */
    private static List<Object> cells(Row row) {
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < 13; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                values.add(c == 12 ? "" : null);
            } else if (c >= 5 && c <= 10) {
                values.add(cell.getLocalDateTimeCellValue().toLocalDate());
            } else if (c == 11) {
                values.add((int) cell.getNumericCellValue());
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    @Test
    void specialRecordsPerRegionEqualSqlAndDataQualityListsEveryFinding() throws IOException {
        Map<String, Long> registered = new HashMap<>();
        jdbc.sql("SELECT region_code, count(*) FROM special_record WHERE registered_on BETWEEN DATE '2026-01-01' "
                        + "AND DATE '2026-10-31' AND unit_code NOT IN (SELECT unit_code FROM blocked_units(DATE '2026-10-01')) "
                        + "GROUP BY region_code")
                .query(rs -> {
                    registered.put(rs.getString(1), rs.getLong(2));
                });
        // last year without the same units: like with like
        Map<String, Long> lastYear = new HashMap<>();
        jdbc.sql("SELECT region_code, count(*) FROM special_record WHERE registered_on BETWEEN DATE '2025-01-01' "
                        + "AND DATE '2025-10-31' AND unit_code NOT IN (SELECT unit_code FROM blocked_units(DATE '2026-10-01')) "
                        + "GROUP BY region_code")
                .query(rs -> {
                    lastYear.put(rs.getString(1), rs.getLong(2));
                });
        try (Workbook workbook = open("special-records_2026-10_kk.xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            int first = firstDataRow(sheet);
            List<Unit> regions = reference.regions();
            for (int i = 0; i < regions.size(); i++) {
                assertThat((long) sheet.getRow(first + i).getCell(1).getNumericCellValue()).as(regions.get(i).code())
                        .isEqualTo(registered.getOrDefault(regions.get(i).code(), 0L));
                assertThat((long) sheet.getRow(first + i).getCell(2).getNumericCellValue()).as(regions.get(i).code())
                        .isEqualTo(lastYear.getOrDefault(regions.get(i).code(), 0L));
            }
        }
        long findings = jdbc.sql("SELECT count(*) FROM finding WHERE run_id = (SELECT max(id) FROM quality_run)")
                .query(Long.class).single();
        try (Workbook workbook = open("data-quality_2026-10_ru.xlsx")) {
            assertThat(rows(workbook.getSheetAt(0))).filteredOn(r -> !r.get(2).isEmpty()).hasSize((int) findings);
        }
    }

    /**
     * The units the planted faults keep out of the reports: those whose faults are errors (a form that disagrees with
     * its detail, a kind not sent, a row refused as unreadable), in code order.
     */
    private List<String> keptOut() {
        return faults.stream()
                .filter(f -> List.of("FORM_DETAIL_MISMATCH", "SUBMISSION_MISSING", "ROW_REJECTED").contains(f.rule()))
                .map(PlantedFault::unitCode).distinct().sorted().toList();
    }

    private Map<String, Long> countsByRegion(String from, String to, String condition) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT region_code, count(*) FROM act WHERE issued_on BETWEEN CAST(? AS date) AND CAST(? AS date) "
                        + "AND " + condition + " GROUP BY region_code")
                .params(from, to)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private Workbook open(String file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(out.resolve("reports").resolve(file)));
    }

    /** The first row below the table header: the one after the row whose first cell is a header text. */
    private static int firstDataRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no data row in " + sheet.getSheetName());
    }

    /** The rows below a table's header (its rows, then its notes), as the text a reader sees. */
    private static List<List<String>> rows(Sheet sheet) {
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= 10) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 11; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
