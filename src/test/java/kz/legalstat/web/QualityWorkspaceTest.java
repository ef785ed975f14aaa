package kz.legalstat.web;

import java.time.YearMonth;

import kz.legalstat.quality.QualityChecks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-quality workspace over October's verification of the web tests' acts: rules, columns and days in words,
 * counts per rule and region, filters that apply to the matrix too and survive a change of language, values a filter
 * does not have refused; the export history in words.
 */
class QualityWorkspaceTest extends WebTest {

    @Autowired
    QualityChecks verification;

    @BeforeEach
    void octoberVerified() {
        verification.run(YearMonth.of(2026, 10), 0);
    }

    @Test
    void findingsAreInWordsCountedAndFilteredTogetherWithTheMatrix() throws Exception {
        var page = get("analyst", "/quality?period=2026-10&unit=1910&lang=ru");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        // the protest 1910/26-1 of 01.10, received the same day, unanswered past its term: the rule and the column
        // in words, the day as the office writes it
        assertThat(html).contains("Не рассмотрен в срок", "Дата рассмотрения", "id=\"by-rule\"", "id=\"by-region\"")
                .doesNotContain(">ACT_UNANSWERED_PAST_TERM<").doesNotContain(">considered_on<")
                .doesNotContainPattern(">[^<]*\\d{4}-\\d{2}-\\d{2}[^<]*<");
        // the unit filter keeps the matrix to the unit
        assertThat(html).contains("data-unit=\"1910\"").doesNotContain("data-unit=\"1920\"");
        // a change of language keeps the filters
        assertThat(html).containsPattern("href=\"[^\"]*unit=1910[^\"]*lang=kk\"");
    }

    @Test
    void aFilterValueTheWorkspaceDoesNotHaveIsRefusedSayingWhatIsAllowed() throws Exception {
        var rule = get("analyst", "/quality?period=2026-10&rule=NO_SUCH_RULE");
        var severity = get("analyst", "/quality?period=2026-10&severity=FATAL");
        var order = get("analyst", "/quality?period=2026-10&sort=colour");
        var page = get("analyst", "/quality?period=2026-10&page=999");

        assertThat(rule.statusCode()).isEqualTo(400);
        assertThat(rule.body()).contains("Правила «NO_SUCH_RULE» нет в каталоге");
        assertThat(severity.statusCode()).isEqualTo(400);
        assertThat(severity.body()).contains("ERROR, WARNING, INFO");
        assertThat(order.statusCode()).isEqualTo(400);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Страницы 999 нет");
        assertThat(get("analyst", "/api/v1/quality/2026-10/findings?severity=FATAL").statusCode()).isEqualTo(400);
    }

    @Test
    void theHistoryTellsEachFileByItsNameItsRowsAndWhoAskedInWords() throws Exception {
        // a region's file: its by-region table lists the region's units
        jdbc.sql("""
                INSERT INTO report_export (report_name, period, lang, region_code, as_of, file_path, sha256, row_counts,
                                           requested_by)
                VALUES ('special-records', DATE '2026-10-01', 'kk', '19', DATE '2026-10-31', '/x/y.xlsx', 'abcdef0123456',
                        '{"by-region": 5, "by-category": 4}', 'nightly #12')""").update();

        String html = get("analyst", "/exports?lang=ru").body();

        assertThat(html).contains("Арнайы есепке алу, қаңтар–қазан 2026, Алматы облысы, kk.xlsx",
                "по подразделениям: 5", "по категориям: 4", "ночной запуск № 12").doesNotContain("{\"by-region\"")
                .doesNotContain("nightly #12");
    }
}
