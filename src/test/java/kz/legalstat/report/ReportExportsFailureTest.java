package kz.legalstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import kz.legalstat.PostgresTest;
import kz.legalstat.i18n.Lang;
import kz.legalstat.i18n.Texts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import tools.jackson.databind.json.JsonMapper;

/** An export that cannot be written tells whoever asked where and why, in their language. */
class ReportExportsFailureTest extends PostgresTest {

    @Autowired
    Reports reports;

    @Autowired
    Texts texts;

    @Autowired
    JsonMapper json;

    @TempDir
    Path dir;

    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anExportWhoseFolderIsAFileFailsSayingSoInBothLanguages() throws Exception {
        // given exports that go into a folder whose name a file has taken
        Path blocked = Files.writeString(dir.resolve("exports"), "not a folder");
        ReportExports exports = new ReportExports(reports, jdbc, texts, blocked, 1);
        try {
            // when an analyst asks for a report
            long id = exports.request(ReportName.SPECIAL_RECORDS, YearMonth.of(2026, 10), Lang.ru, null, null,
                    "analyst").id();
            ExportRequest done = await().atMost(Duration.ofSeconds(30))
                    .until(() -> exports.find(id).orElseThrow(), ExportRequest::finished);

            // then it failed, and says where and why in either language, not in Java's words
            assertThat(done.status()).isEqualTo(ExportState.FAILED);
            assertThat(done.failure().ru()).isEqualTo("Отчёт нельзя записать в папку " + blocked
                    + ": это файл, а не папка. Исправьте это или выберите другую папку, затем повторите");
            assertThat(done.failure().kk()).isEqualTo("Есепті " + blocked + " қалтасына жазу мүмкін емес: бұл "
                    + "қалта емес, файл. Мұны түзетіңіз немесе басқа қалтаны таңдаңыз, содан кейін қайталаңыз");
            // and the API carries it as one text, in the language of the call
            LocaleContextHolder.setLocale(Lang.kk.locale());
            assertThat(json.readTree(json.writeValueAsString(done)).get("failure").asString())
                    .isEqualTo(done.failure().kk());
            LocaleContextHolder.setLocale(Lang.ru.locale());
            assertThat(json.readTree(json.writeValueAsString(done)).get("failure").asString())
                    .isEqualTo(done.failure().ru());
        } finally {
            exports.stop();
        }
    }

    @Test
    void anExportThatFailsForAnInternalReasonTellsTheAnalystWhatToDoAndKeepsTheCauseForTheLog() {
        // given reports that fail with a cause only an administrator should read
        Reports failing = org.mockito.Mockito.mock(Reports.class);
        org.mockito.Mockito.when(failing.write(org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.any(ReportProgress.class)))
                .thenThrow(new IllegalStateException("bad SQL grammar [SELECT secret FROM export_request]"));
        ReportExports exports = new ReportExports(failing, jdbc, texts, dir, 1);
        try {
            // when an analyst asks for a report
            long id = exports.request(ReportName.SUPERVISION_ACTS, YearMonth.of(2026, 10), Lang.ru, null, null,
                    "analyst").id();
            ExportRequest done = await().atMost(Duration.ofSeconds(30))
                    .until(() -> exports.find(id).orElseThrow(), ExportRequest::finished);

            // then it says what to do and which number to give, and nothing of the statement that failed
            assertThat(done.status()).isEqualTo(ExportState.FAILED);
            assertThat(done.failure().ru()).isEqualTo("внутренняя ошибка. Запросите отчёт ещё раз; если ошибка "
                    + "повторится, сообщите администратору номер выгрузки " + id
                    + ": причина записана в журнал сервера под этим номером");
            assertThat(done.failure().kk()).contains("(" + id + ")").doesNotContain("SELECT", "grammar");
        } finally {
            exports.stop();
        }
    }
}
