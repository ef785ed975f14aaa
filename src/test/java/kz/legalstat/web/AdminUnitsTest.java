package kz.legalstat.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The units' list on the administration page: the list in force written out as the file that loads it. */
class AdminUnitsTest extends WebTest {

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
        assertThat(page.body()).contains("id=\"unit-list-1\"", "2020-01", "первоначальный список LegalStat");
        assertThat(analyst.statusCode()).isEqualTo(403);
    }
}
