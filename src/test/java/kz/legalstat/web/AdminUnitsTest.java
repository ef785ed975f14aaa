package kz.legalstat.web;

import java.net.http.HttpResponse;
import java.time.YearMonth;

import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.UnitLists;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The units' list on the administration page, the list in force written out as the file that loads it; and pages that
 * follow a list loaded on another server.
 */
class AdminUnitsTest extends WebTest {

    @Autowired
    ReferenceData reference;

    @Test
    void theListInForceIsWrittenOutForAdministratorsOnly() throws Exception {
        HttpResponse<String> list = get("admin", "/admin/units.csv");
        HttpResponse<String> page = get("admin", "/admin");
        HttpResponse<String> analyst = get("analyst", "/admin/units.csv");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"units.csv\"");
        assertThat(list.body()).startsWith("\uFEFFcode;name_kk;name_ru;reports\r\n")
                .contains("19;Алматы облысы;Алматинская область;acts records form\r\n",
                        "1910;Іле ауданы;Илийский район;acts form\r\n");
        assertThat(page.body()).contains("id=\"unit-list-1\"", "2020-01", "первоначальный список LegalStat",
                "href=\"/admin/units/1.csv\"");
        assertThat(analyst.statusCode()).isEqualTo(403);
        // the statutory terms beside it in words: act types and units of time named, days as the office writes them
        String terms = page.body().substring(page.body().indexOf("id=\"term-versions\""));
        assertThat(terms).contains("<td title=\"PROTEST\">Протест</td>", "календ. дн.", "Вид акта")
                .doesNotContain("CALENDAR_DAYS", ">act_type<");
        HttpResponse<String> first = get("admin", "/admin/units/1.csv");
        HttpResponse<String> none = get("admin", "/admin/units/9.csv");
        assertThat(first.body()).isEqualTo(list.body());
        assertThat(first.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"units-1.csv\"");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("Списка подразделений № 9 нет: загружены списки № 1–1");
    }

    @Test
    void aUnitClosedByAListLoadedElsewhereLeavesTheCompletenessPageFromItsMonth() throws Exception {
        UnitLists before = UnitLists.take(jdbc);
        try {
            assertThat(get("analyst", "/quality?period=2026-10&region=19").body()).contains("data-unit=\"1930\"");

            // as another server's units load leaves it: 1930 closed from October
            UnitLists.listFrom(jdbc, YearMonth.of(2026, 10), "1930");
            HttpResponse<String> october = get("analyst", "/quality?period=2026-10&region=19");
            HttpResponse<String> september = get("analyst", "/quality?period=2026-09&region=19");

            assertThat(october.statusCode()).isEqualTo(200);
            assertThat(october.body()).contains("data-unit=\"1920\"").doesNotContain("data-unit=\"1930\"");
            assertThat(september.body()).contains("data-unit=\"1930\"");
        } finally {
            before.putBack(jdbc, reference);
        }
    }

    @Test
    void aRegionTheLastListClosedStaysToChooseSayingFromWhen() throws Exception {
        UnitLists before = UnitLists.take(jdbc);
        try {
            UnitLists.listFrom(jdbc, YearMonth.of(2027, 1), "10", "1010", "1020", "1030");

            String reports = get("analyst", "/reports").body();
            String quality = get("analyst", "/quality?period=2026-10").body();

            assertThat(reports).contains("10 область Абай — нет в списке подразделений с 2027-01")
                    .contains(">11 Акмолинская область<");
            assertThat(quality).contains("10 область Абай — нет в списке подразделений с 2027-01");
        } finally {
            before.putBack(jdbc, reference);
        }
    }
}
