package kz.legalstat.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import kz.legalstat.calendar.CalendarFiles;
import kz.legalstat.calendar.ShippedYears;
import kz.legalstat.quality.QualityChecks;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.UnitLists;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium, driven by Selenium): an analyst signs in, exports a report, downloads
 * it and the workbook is read back with POI; a regional analyst is refused another region's report.
 */
class BrowserEndToEndTest extends WebTest {

    @TempDir
    Path downloads;

    @TempDir
    Path profile;

    WebDriver browser;

    @Autowired
    QualityChecks verification;

    @Autowired
    ReferenceData reference;

    @BeforeEach
    void browser() {
        browser = Browsers.open(downloads, profile, "ru");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void analystExportsAndDownloadsARegionalAnalystIsRefusedAnotherRegion() throws Exception {
        // given: the analyst signs in
        signIn("analyst");

        // when: they export supervision-acts for October 2026 in Russian and download it
        browser.get(url("/reports"));
        js("document.getElementById('period').value = '2026-10'");
        browser.findElement(By.cssSelector("#reportLang option[value='ru']")).click();
        browser.findElement(By.id("export")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("export-status")).isEmpty());
        js("window.legalstatSamePage = true");
        Path file = awaitDownload();
        String fileUrl = browser.findElement(By.id("download")).getAttribute("href");

        // then: the page followed the export without reloading, the download started by itself, named in words, and
        // the workbook holds the database's counts
        assertThat(((JavascriptExecutor) browser).executeScript("return window.legalstatSamePage")).isEqualTo(true);
        assertThat(browser.findElement(By.id("export-status")).getText()).contains("готово", "(100 %)");
        assertThat(file.getFileName().toString()).isEqualTo("Акты надзора, январь–октябрь 2026, ru.xlsx");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(issued(workbook, "Алматинская область")).isEqualTo(
                    jdbc.sql("SELECT count(*) FROM act WHERE left(unit_code, 2) = '19'").query(Long.class).single());

            // and the table shown on the page below is the file's: every region's acts issued as the file holds them,
            // and the total their sum
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("on-page-table")).isEmpty());
            var rows = browser.findElements(By.cssSelector("#on-page-table tbody tr"));
            assertThat(rows).hasSize(20);
            long sum = 0;
            for (var row : rows) {
                var cells = row.findElements(By.tagName("td"));
                long onPage = Math.round(Double.parseDouble(cells.get(1).getAttribute("data-value")));
                assertThat(onPage).as(cells.get(0).getText()).isEqualTo(issued(workbook, cells.get(0).getText()));
                sum += onPage;
            }
            var total = browser.findElements(By.cssSelector("#on-page-table tfoot td"));
            assertThat(total.get(0).getText()).startsWith("Итого по республике");
            assertThat(total.get(1).getText()).isEqualTo(String.valueOf(sum));

            // a region's row opens to its units, under it, without leaving the page
            browser.findElement(By.cssSelector("button[aria-label='Выгрузить по подразделениям: Алматинская область']"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("#on-page-table tr.unit-row")).isEmpty());
            assertThat(((JavascriptExecutor) browser).executeScript("return window.legalstatSamePage")).isEqualTo(true);
            var unit = browser.findElements(By.cssSelector("#on-page-table tr.unit-row")).stream()
                    .filter(r -> r.getText().startsWith("Илийский район")).findFirst().orElseThrow();
            assertThat(Math.round(Double.parseDouble(unit.findElements(By.tagName("td")).get(1)
                    .getAttribute("data-value")))).isEqualTo(jdbc.sql("SELECT count(*) FROM act WHERE unit_code = '1910'")
                    .query(Long.class).single());

            // a region above it opened too, then the first pressed again: only the first's units close, and pressed
            // once more they come back without a new export
            int almatyRegionUnits = unitRows("19");
            region("75").click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> unitRows("75") > 0);
            long exports = jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single();
            region("19").click();
            assertThat(unitRows("19")).isZero();
            assertThat(unitRows("75")).isPositive();
            region("19").click();
            assertThat(unitRows("19")).isEqualTo(almatyRegionUnits);
            assertThat(jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single()).isEqualTo(exports);

            // sorted by acts issued, each region's opened units stay right under it
            browser.findElement(By.cssSelector("#on-page-table button.sort[data-column='1']")).click();
            assertThat(browser.findElement(By.cssSelector("#on-page-table thead th:nth-child(2)"))
                    .getAttribute("aria-sort")).isEqualTo("ascending");
            List<String> order = browser.findElements(By.cssSelector("#on-page-table tbody tr")).stream()
                    .map(r -> r.getAttribute("class") + "|" + r.findElements(By.cssSelector("input[name=region]"))
                            .stream().map(i -> i.getAttribute("value")).findFirst().orElse("")).toList();
            int almaty = java.util.stream.IntStream.range(0, order.size()).filter(i -> order.get(i).endsWith("|19"))
                    .findFirst().orElseThrow();
            assertThat(order.subList(almaty + 1, almaty + 1 + almatyRegionUnits)).allMatch(r -> r.contains("unit-of-19"));
            assertThat(unitRows("75")).isPositive();
        }

        // and showing its table changed nothing of the file: on the server and as downloaded, it is what the
        // catalogue's checksum says was written
        var written = jdbc.sql("""
                SELECT sha256, file_path FROM report_export
                WHERE report_name = 'supervision-acts' AND region_code IS NULL ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(sha256(file)).isEqualTo(written.get(0));
        assertThat(sha256(Path.of(written.get(1)))).isEqualTo(written.get(0));

        // when: a regional analyst of region 19 signs in
        browser.findElement(By.cssSelector("form.logout button")).click();
        signIn("almaty");
        browser.get(url("/reports"));

        // then: only their region is offered, and forcing another one into the form is refused by the server
        List<String> offered = browser.findElements(By.cssSelector("#region option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(offered).containsExactly(OWN_REGION);
        js("var o = document.createElement('option'); o.value = '75'; o.selected = true;"
                + "document.getElementById('region').appendChild(o)");
        js("document.getElementById('period').value = '2026-10'");
        browser.findElement(By.id("export")).click();
        assertThat(problemShown()).contains("75").contains("недоступны");

        // and the republic's file, by its address, is refused too
        browser.get(fileUrl);
        assertThat(problemShown()).contains("Выгрузки №").contains("нет");
        assertThat(jdbc.sql("SELECT count(*) FROM export_request WHERE requested_by = 'almaty'").query(Long.class).single())
                .isZero();
    }

    @Test
    void administratorChangesRulesOnThePageAndTheNextVerificationAppliesThem() {
        // given: the administrator on the administration page
        signIn("admin");
        browser.get(url("/admin"));

        // when: they switch SUBMISSION_MISSING off and make ACT_UNANSWERED_PAST_TERM an error
        browser.findElement(By.cssSelector("#rule-SUBMISSION_MISSING input[name=enabled]")).click();
        submitAndAwaitNotice(By.cssSelector("#rule-SUBMISSION_MISSING button"), "SUBMISSION_MISSING");
        browser.findElement(By.cssSelector("#rule-ACT_UNANSWERED_PAST_TERM select[name=severity] option[value=ERROR]"))
                .click();
        submitAndAwaitNotice(By.cssSelector("#rule-ACT_UNANSWERED_PAST_TERM button"), "ACT_UNANSWERED_PAST_TERM");

        // then: the page says who changed them, and the next verification applies the changes
        assertThat(browser.findElement(By.id("rule-SUBMISSION_MISSING")).getText()).contains("изменено: admin");
        long run = verification.run(YearMonth.of(2026, 10), 0);
        assertThat(findings(run, "SUBMISSION_MISSING", null)).isZero();
        assertThat(findings(run, "ACT_UNANSWERED_PAST_TERM", "ERROR")).isPositive();
        assertThat(findings(run, "ACT_UNANSWERED_PAST_TERM", "WARNING")).isZero();

        // when: SUBMISSION_MISSING is put back as the file sets it
        submitAndAwaitNotice(By.cssSelector("#rule-SUBMISSION_MISSING form[action$='/reset'] button"),
                "SUBMISSION_MISSING");

        // then: it runs again
        assertThat(browser.findElement(By.id("rule-SUBMISSION_MISSING")).getText()).contains("jobs/quality-rules.yml");
        assertThat(findings(verification.run(YearMonth.of(2026, 10), 0), "SUBMISSION_MISSING", null)).isPositive();
    }

    @Test
    void administratorLoadsNextYearsCalendarFromItsFileAndIsToldEveryMistakeOfAWrongOne() throws Exception {
        ShippedYears shipped = ShippedYears.take(jdbc);
        Path wrong = Files.writeString(downloads.resolve("calendar-2027.csv"),
                CalendarFiles.YEAR_2027 + "2027-06-05;CARRIED_DAY_OFF;;\n");
        Path right = Files.writeString(downloads.resolve("calendar-2027-fixed.csv"), CalendarFiles.YEAR_2027);
        try {
            // given: the administrator on the administration page, 2027 only as the provisional year shipped
            signIn("admin");
            browser.get(url("/admin"));
            assertThat(browser.findElement(By.id("calendar-2027")).getText()).contains("предварительный");

            // when: a file with a mistake is sent, then the corrected one
            loadCalendar("2027", "Постановление № 1", wrong);
            String refused = browser.findElement(By.id("calendar-refused")).getText();
            boolean loadedAfterRefusal = !browser.findElement(By.id("calendar-2027")).getText()
                    .contains("предварительный");
            loadCalendar("2027", "Постановление № 1", right);

            // then: the mistake is named with its line and nothing loaded; the corrected file is loaded
            assertThat(refused).contains("Файл calendar-2027.csv не загружен, календарь 2027 не изменён",
                    "Строка 21: 05.06.2027 — суббота или воскресенье, а CARRIED_DAY_OFF делает выходным будний день");
            assertThat(loadedAfterRefusal).isFalse();
            assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                    .startsWith("Календарь 2027 заменён: рабочих дней 246, нерабочих 119");
            assertThat(browser.findElement(By.id("calendar-2027")).getText()).contains("246", "119",
                    "Постановление № 1").doesNotContain("предварительный");
        } finally {
            shipped.restore();
        }
    }

    @Test
    void administratorLoadsANewUnitsListFromTheOneInForceAndIsToldEveryMistakeOfAWrongOne() throws Exception {
        UnitLists before = UnitLists.take(jdbc);
        try {
            // given: the list in force, written out from the administration page, with a district added
            signIn("admin");
            browser.get(url("/admin"));
            String inForce = get("admin", "/admin/units.csv").body();
            Path wrong = Files.writeString(downloads.resolve("units.csv"),
                    inForce + "1040;Бесқарағай ауданы;;acts form\r\n");
            Path right = Files.writeString(downloads.resolve("units-fixed.csv"),
                    inForce + "1040;Бесқарағай ауданы;Бескарагайский район;acts form\r\n");

            // when: the list with a mistake is sent, then the corrected one, both to hold from January 2027
            loadUnits("2027-01", "Приказ № 12", wrong);
            String refused = browser.findElement(By.id("units-refused")).getText();
            loadUnits("2027-01", "Приказ № 12", right);

            // then: the mistake is named with its line; the corrected list is loaded and shown as the one in force
            assertThat(refused).contains("Файл units.csv не загружен, список подразделений не изменён",
                    "Не заполнен столбец name_ru: название подразделения нужно на обоих языках");
            assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                    .startsWith("Список подразделений № 2 загружен, действует с 2027-01").contains("Новые: 1040;");
            assertThat(browser.findElement(By.id("unit-list-2")).getText()).contains("2027-01", "Приказ № 12");
        } finally {
            before.putBack(jdbc, reference);
        }
    }

    /**
     * Clicks, waits until the page it was on is gone, then for the next page's notice naming the rule. The page
     * is told apart by a mark left in its window, which the next page does not have: asking the old page's
     * element whether it is stale fails in other words from one Chrome version to the next.
     */
    private void submitAndAwaitNotice(By button, String ruleId) {
        submitAndAwaitNextPage(button);
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector("p.notice")).stream().anyMatch(p -> p.getText().contains(ruleId)));
    }

    private void submitAndAwaitNextPage(By button) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.legalstatPageBeforeSubmit = true");
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(
                        script.executeScript("return window.legalstatPageBeforeSubmit === undefined")));
    }

    /** The form of the calendar filled in and sent with the file; returns once the next page is there. */
    private void loadCalendar(String year, String source, Path file) {
        browser.findElement(By.cssSelector("#calendar-load input[name=year]")).sendKeys(year);
        browser.findElement(By.cssSelector("#calendar-load input[name=source]")).sendKeys(source);
        browser.findElement(By.cssSelector("#calendar-load input[name=file]")).sendKeys(file.toString());
        submitAndAwaitNextPage(By.cssSelector("#calendar-load button"));
    }

    private void loadUnits(String from, String source, Path file) {
        // a month field is typed as the browser's language spells a month: its value is set as the form sends it
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#units-load input[name=from]').value = arguments[0]",
                from);
        browser.findElement(By.cssSelector("#units-load input[name=source]")).sendKeys(source);
        browser.findElement(By.cssSelector("#units-load input[name=file]")).sendKeys(file.toString());
        submitAndAwaitNextPage(By.cssSelector("#units-load button"));
    }

    private long findings(long run, String rule, String severity) {
        return jdbc.sql("SELECT count(*) FROM finding WHERE run_id = ? AND rule_id = ? AND severity = coalesce(?, severity)")
                .params(run, rule, severity).query(Long.class).single();
    }

    private void signIn(String user) {
        browser.get(url("/login?lang=ru"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("signed-in")).isEmpty());
        assertThat(browser.findElement(By.id("signed-in")).getText()).isEqualTo(user);
    }

    /** A click that submits a form returns before the next page is there, so the refusal is awaited. */
    private String problemShown() {
        // an element of the page being replaced may go stale or leave the document: then look again
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.id("problem")).stream().findFirst().map(e -> e.getText()).orElse(null));
    }

    private void js(String script) {
        ((JavascriptExecutor) browser).executeScript(script);
    }

    private Path awaitDownload() {
        // Chromium writes a download as .crdownload and renames it when complete
        return org.awaitility.Awaitility.await("a download").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    try (var files = Files.list(downloads)) {
                        return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst();
                    }
                }, java.util.Optional::isPresent).orElseThrow();
    }

    private static long issued(XSSFWorkbook workbook, String label) {
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError(label + " not in the sheet");
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    /** The units button of a region's row, by the region's code (its name may carry the «*» of units kept out). */
    private org.openqa.selenium.WebElement region(String code) {
        return browser.findElement(By.xpath("//form[contains(@class, 'units-open')][input[@name = 'region' and @value = '"
                + code + "']]/button"));
    }

    private int unitRows(String regionCode) {
        return browser.findElements(By.cssSelector("#on-page-table tr.unit-of-" + regionCode)).size();
    }
}
