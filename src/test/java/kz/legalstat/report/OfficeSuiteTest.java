package kz.legalstat.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.i18n.Lang;
import kz.legalstat.ingest.CurrentState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real office suite reads every report: LibreOffice, headless, converts each to CSV (its first sheet, as it
 * computed it) and to PDF. .ci/run installs LibreOffice; on a machine without it this test is skipped.
 */
class OfficeSuiteTest extends PostgresTest {

    @Autowired
    Reports reports;

    @Autowired
    CurrentState currentState;

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
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
        for (ReportName name : ReportName.values()) {
            Path file = dir.resolve(name.cliName() + ".xlsx");
            reports.write(new ReportRequest(name, YearMonth.of(2026, 10), Lang.ru, null, null, file, "test"));

            convert(file, "csv:Text - txt - csv (StarCalc):44,34,76");
            convert(file, "pdf");

            String csv = Files.readString(dir.resolve(name.cliName() + ".csv"), StandardCharsets.UTF_8);
            assertThat(csv).as(name.cliName()).contains("январь – октябрь 2026 г.");
            assertThat(Files.size(dir.resolve(name.cliName() + ".pdf"))).as(name.cliName()).isGreaterThan(1000);
            if (name == ReportName.SUPERVISION_ACTS) {
                // Almaty region: two acts issued, none last year ("—", not infinity), one considered and satisfied
                // (late), the protest unanswered: both overdue; the republic total the same
                assertThat(csv).contains("Алматинская область,2,0,—,1,1,0,0,0,0,2,100.0%");
                assertThat(csv).contains("Итого по республике,2,0,—,1,1,0,0,0,0,2,100.0%");
            }
        }
    }

    private void convert(Path file, String format) throws IOException, InterruptedException {
        Process office = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", format, "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
        assertThat(office.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }
}
