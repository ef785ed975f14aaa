package kz.legalstat.web;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import kz.legalstat.schedule.Pipeline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The runs as the office reads them: on Almaty's clock, whatever the server's, with the jobs named in words. */
class RunsPageTest extends WebTest {

    @Autowired
    Pipeline pipeline;

    @Test
    void aRunIsShownOnAlmatysClockWithItsJobNamedInTheReadersLanguage() throws Exception {
        long run = pipeline.verify(YearMonth.of(2026, 10)).getId();
        // Spring Batch keeps the start as the server's local time; Almaty is read from it
        String almaty = jdbc.sql("SELECT start_time FROM batch_job_execution WHERE job_execution_id = ?").param(run)
                .query(java.sql.Timestamp.class).single().toInstant().atZone(ZoneId.of("Asia/Almaty"))
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"));

        HttpResponse<String> kk = http.send(as("operator", "/runs").header("Accept-Language", "kk").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ru = http.send(as("operator", "/runs").header("Accept-Language", "ru").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String api = get("operator", "/api/v1/runs").body();

        assertThat(kk.body()).contains("Деректерді тексеру", almaty).doesNotContain("T" + almaty.substring(11));
        assertThat(ru.body()).contains("Проверка данных", almaty);
        assertThat(api).containsPattern("\"started\":\"[0-9-]+T[0-9:.]+\\+05:00\"");
    }

    @Test
    void anExportIsStampedOnAlmatysClock() throws Exception {
        var asked = postJson("analyst", "/api/v1/exports", """
                {"report": "overdue-acts", "period": "2026-10", "language": "ru"}""");
        String location = asked.headers().firstValue("Location").orElseThrow();

        assertThat(get("analyst", location.substring(location.indexOf("/api/"))).body())
                .containsPattern("\"requestedAt\":\"[0-9-]+T[0-9:.]+\\+05:00\"");
    }
}
