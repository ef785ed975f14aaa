package kz.legalstat.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar on the administration page: its years written out as the files that load them. */
class AdminCalendarTest extends WebTest {

    @Test
    void aLoadedYearIsWrittenOutAsTheFileThatLoadsItAndAnotherIsNotFound() throws Exception {
        HttpResponse<byte[]> year = http.send(as("admin", "/admin/calendar/2026.csv").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> unknown = get("admin", "/admin/calendar/1999.csv");
        HttpResponse<String> analyst = get("analyst", "/admin/calendar/2026.csv");

        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(year.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"calendar-2026.csv\"");
        assertThat(new String(year.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFday;kind;note_kk;note_ru\r\n")
                .contains("2026-12-16;HOLIDAY;Тәуелсіздік күні;День Независимости\r\n");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Календаря 1999 нет; загружены годы: 2024, 2025, 2026");
        assertThat(analyst.statusCode()).isEqualTo(403);
    }
}
