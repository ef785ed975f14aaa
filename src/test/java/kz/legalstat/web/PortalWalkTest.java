package kz.legalstat.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role walks the portal in each language in headless Chromium: every page it may open answers in that language,
 * shows no refusal, labels every field, names the row a table's button acts on, has a skip link, 16-pixel form text
 * and text at a contrast of at least 4.5:1; so does a page that is not there, and the export page with its table.
 * Each page is kept as a screenshot in target/screenshots for a person to look at. An analyst exports a report with
 * the keyboard alone.
 */
class PortalWalkTest extends WebTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final Map<String, List<String>> PAGES = Map.of(
            "analyst", List.of("/", "/reports", "/exports", "/runs", "/quality?period=2026-10"),
            "almaty", List.of("/", "/reports", "/exports", "/quality?period=2026-10"),
            "operator", List.of("/", "/runs", "/quality?period=2026-10&severity=ERROR"),
            "admin", List.of("/", "/admin"));

    /** Problems of a page as the person meets them; empty when there are none. */
    static final String PAGE_PROBLEMS = """
            const problems = [];
            const labelled = e => e.closest('label') || (e.id && document.querySelector('label[for="' + e.id + '"]'))
                || e.getAttribute('aria-label');
            document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(e => {
              if (!labelled(e)) problems.push('field without a label: ' + (e.name || e.id));
              if (parseFloat(getComputedStyle(e).fontSize) < 16) problems.push('form text under 16 px: ' + (e.name || e.id));
            });
            document.querySelectorAll('tr button').forEach(b => {
              if (!b.getAttribute('aria-label')) problems.push('a row\\'s button that does not say its row: ' + b.textContent.trim());
            });
            const first = document.querySelector('a[href], button, input, select');
            if (!first || !first.classList.contains('skip')) problems.push('no skip link first');
            if (document.documentElement.lang !== arguments[0]) problems.push('page language ' + document.documentElement.lang);
            const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                               return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            const background = e => { for (; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor;
                                        const v = rgb(b); if (v.length === 3 || v[3] > 0) return b; } return 'rgb(255,255,255)'; };
            document.querySelectorAll('body *').forEach(e => {
              const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
              if (!text || e.offsetParent === null) return;
              const a = lum(getComputedStyle(e).color), b = lum(background(e));
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ': ' + e.textContent.trim().slice(0, 40));
            });
            return problems;""";

    @TempDir
    Path downloads;

    @TempDir
    Path profile;

    @Test
    void everyRoleWalksItsPagesInBothLanguages() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("kk", "ru")) {
            for (var role : PAGES.entrySet()) {
                WebDriver browser = Browsers.open(downloads, profile.resolve(role.getKey() + lang), lang);
                try {
                    signIn(browser, role.getKey(), lang);
                    for (String page : role.getValue()) {
                        browser.get(url(page));
                        String where = role.getKey() + " " + lang + " " + page + ": ";
                        assertThat(browser.findElements(By.id("problem"))).as(where + "refused").isEmpty();
                        ((List<?>) ((JavascriptExecutor) browser).executeScript(PAGE_PROBLEMS, lang))
                                .forEach(p -> problems.add(where + p));
                        Files.write(SCREENSHOTS.resolve(role.getKey() + "-" + lang + page.replaceAll("[^a-z0-9]+", "-")
                                + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                    }
                    // and a page that is not there: a refusal, but as readable, and in the same language
                    browser.get(url("/no-such-page"));
                    ((List<?>) ((JavascriptExecutor) browser).executeScript(PAGE_PROBLEMS, lang))
                            .forEach(p -> problems.add(role.getKey() + " " + lang + " /no-such-page: " + p));
                } finally {
                    browser.quit();
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"kk", "ru"})
    void anAnalystExportsWithTheKeyboardAloneAndTheFileArrivesWithoutTheChoosingPageReloading(String lang)
            throws Exception {
        WebDriver browser = Browsers.open(downloads, profile, lang);
        try {
            signIn(browser, "analyst", lang);
            browser.get(url("/reports"));
            JavascriptExecutor script = (JavascriptExecutor) browser;

            // the first Tab reaches the skip link, Enter goes to the content
            keys(browser, Keys.TAB);
            assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
            keys(browser, Keys.ENTER);
            // then Tab through the form to the report list, choose the overdue register with the arrow keys
            WebElement report = tabTo(browser, "report");
            keys(browser, Keys.END);
            assertThat(new org.openqa.selenium.support.ui.Select(report).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("special-records");
            tabTo(browser, "export");
            keys(browser, Keys.ENTER);

            // the export page follows the export and the download starts by itself
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("export-status")).isEmpty());
            script.executeScript("window.legalstatSamePage = true");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
                try (var files = Files.list(downloads)) {
                    return files.anyMatch(f -> f.toString().endsWith(".xlsx"));
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertThat(script.executeScript("return window.legalstatSamePage")).isEqualTo(true);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("download");
            // the file named in words of the page's language, and its table shown below, in that language too
            try (var files = Files.list(downloads)) {
                assertThat(files.map(f -> f.getFileName().toString()).toList()).contains(lang.equals("kk")
                        ? "Арнайы есепке алу, қаңтар–" + monthName(KAZAKH_MONTHS) + " " + OFFICE_YEAR + ", kk.xlsx"
                        : "Специальные учёты, январь–" + monthName(RUSSIAN_MONTHS) + " " + OFFICE_YEAR + ", ru.xlsx");
            }
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("on-page-table")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("#on-page-table tfoot td")).getText())
                    .startsWith(lang.equals("kk") ? "Республика бойынша барлығы" : "Итого по республике");
            // the export page, its table and the legend under it, read as every page is
            assertThat((List<?>) script.executeScript(PAGE_PROBLEMS, lang)).isEmpty();
            Files.write(SCREENSHOTS.resolve("analyst-" + lang + "-export.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    static final int OFFICE_YEAR = kz.legalstat.reference.OfficeTime.lastMonth().getYear();

    static final List<String> RUSSIAN_MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    static final List<String> KAZAKH_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
            "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

    private static String monthName(List<String> months) {
        return months.get(kz.legalstat.reference.OfficeTime.lastMonth().getMonthValue() - 1);
    }

    private static void keys(WebDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses Tab until the field {@code id} has the focus (at most 40 times). */
    private static WebElement tabTo(WebDriver browser, String id) {
        for (int i = 0; i < 40; i++) {
            keys(browser, Keys.TAB);
            WebElement active = browser.switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void signIn(WebDriver browser, String user, String lang) {
        browser.get(url("/login?lang=" + lang));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("signed-in")).isEmpty());
    }
}
