package kz.legalstat.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.PrintedPages;
import kz.legalstat.TypedCells;
import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.ingest.SubmissionTemplates;
import kz.legalstat.schedule.Pipeline;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real office suite reads every report: LibreOffice, headless, converts each to CSV (its first sheet, as it
 * computed it) and to PDF; and a register it saves as Excel 97-2003, as its own writer lays the file out (numbers as
 * RK records, its own table of texts), is taken. .ci/run installs LibreOffice; on a machine without it these tests
 * fail, naming what to install.
 */
class OfficeSuiteTest extends PostgresTest {

    @Autowired
    Reports reports;

    @Autowired
    CurrentState currentState;

    @Autowired
    SubmissionTemplates templates;

    @Autowired
    Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeEach
    void someActs() {
        MonthData data = new MonthData(jdbc);
        long acts = data.submission("acts", "1910", "2026-10-01");
        data.act(acts, 2, "1910/26-1", "PROTEST", "2026-10-01", "2026-10-01", null, null, null, null);
        data.act(acts, 3, "1910/26-2", "SUBMISSION", "2026-09-01", "2026-09-01", 30, "2026-10-20", "SATISFIED", null);
        currentState.refresh();
    }

    @Test
    void libreOfficeOpensEveryReportAndSeesTheNumbers() throws Exception {
        PrintedPages.assertToolsInstalled();
        for (ReportName name : ReportName.values()) {
            Path file = dir.resolve(name.cliName() + ".xlsx");
            reports.write(new ReportRequest(name, YearMonth.of(2026, 10), Lang.ru, null, null, file, "test"));

            convert(file, "csv:Text - txt - csv (StarCalc):44,34,76");
            convert(file, "pdf");

            String csv = Files.readString(dir.resolve(name.cliName() + ".csv"), StandardCharsets.UTF_8);
            // a check of data is of its month; the reports count from January
            if (name == ReportName.DATA_QUALITY) {
                assertThat(csv).as(name.cliName()).contains("октябрь 2026 г.").doesNotContain("январь – октябрь");
            } else {
                assertThat(csv).as(name.cliName()).contains("январь – октябрь 2026 г.");
            }
            assertThat(Files.size(dir.resolve(name.cliName() + ".pdf"))).as(name.cliName()).isGreaterThan(1000);
            if (name == ReportName.SUPERVISION_ACTS) {
                // Almaty region: two acts issued, none last year («–», and «х» for the change, not infinity), one
                // considered and satisfied late (deadline 01.10) and not reported by 23.10 (3 working days after
                // 20.10), the protest unanswered past 12.10: two acts overdue, one each unanswered, considered late,
                // reported late; 2 overdue per 2 issued is 100.0 per 100; all considered satisfied, 100.0 %, and no
                // change in points, as last year none was considered; the republic total the same
                assertThat(csv).contains("Алматинская область,2,–,х,1,1,–,–,–,–,2,1,1,1,100.0,100.0%,х");
                assertThat(csv).contains("Итого по республике,2,–,х,1,1,–,–,–,–,2,1,1,1,100.0,100.0%,х");
            }
        }
    }

    @Test
    void aRegisterLibreOfficeSavesAsExcel97IsTakenAsTyped() throws Exception {
        PrintedPages.assertToolsInstalled();
        // given the units' workbook with two acts typed in, saved by LibreOffice in the format of Excel 97-2003
        Path typed = dir.resolve("acts_1910_2026-11.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(templates.workbook(kz.legalstat.reference.SubmissionKind.ACTS, Lang.ru)))) {
            var sheet = workbook.getSheetAt(0);
            Object[][] acts = {
                    {"1910/LO-1", "1910", "PROTEST", LocalDate.of(2026, 11, 2), "STATE_BODY", "Акимат «Жер»", "ECONOMY",
                     LocalDate.of(2026, 11, 3), 15, null, null, null, 2, null, 1250000.5},
                    {"1910/LO-2", "1910", "WARNING", LocalDate.of(2026, 11, 4), "OFFICIAL", "Қазақстан", "ECONOMY"}};
            for (int r = 0; r < acts.length; r++) {
                TypedCells.type(sheet, r + 1, acts[r]);
            }
            try (OutputStream out = Files.newOutputStream(typed)) {
                workbook.write(out);
            }
        }
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        convert(typed, "xls:MS Excel 97");
        Files.move(dir.resolve("acts_1910_2026-11.xls"), inbox.resolve("acts_1910_2026-11.xls"));

        // when
        pipeline.collect(inbox, Optional.empty());

        // then both acts are stored as typed, none refused
        assertThat(jdbc.sql("""
                SELECT act_id || ' ' || issued_on || ' ' || coalesce(received_on::text, '-') || ' '
                       || coalesce(term_days::text, '-') || ' ' || coalesce(amount_restored_kzt::text, '-') || ' ' || addressee
                FROM act_row WHERE act_id LIKE '1910/LO-%' ORDER BY act_id""").query(String.class).list())
                .containsExactly("1910/LO-1 2026-11-02 2026-11-03 15 1250000.50 Акимат «Жер»",
                        "1910/LO-2 2026-11-04 - - - Қазақстан");
        assertThat(jdbc.sql("SELECT status || ' ' || rows_rejected FROM submission WHERE file_name = 'acts_1910_2026-11.xls'")
                .query(String.class).single()).isEqualTo("LOADED 0");
    }

    private void convert(Path file, String format) throws IOException, InterruptedException {
        Process office = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", format, "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
        assertThat(office.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }
}
