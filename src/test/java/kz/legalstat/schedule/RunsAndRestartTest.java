package kz.legalstat.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import kz.legalstat.PostgresTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed night is seen in the runs and resumed by the operator from the step that failed. */
class RunsAndRestartTest extends PostgresTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    Runs runs;

    @TempDir
    Path dir;

    @Test
    void aFailedNightIsListedWithItsCauseAndRestartsFromTheStepThatFailed() throws Exception {
        // given a nightly run whose report folder is blocked by a file of that name
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("form_1910_2026-10.csv"), "unit_code;indicator;value\n1910;ACTS.PROTEST.ISSUED;0\n");
        Path out = dir.resolve("reports");
        Files.writeString(out, "not a folder");
        var failed = pipeline.nightly(inbox, YearMonth.of(2026, 10), out);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        // then the runs show it failed, what it took and why it stopped
        Runs.Run listed = runs.latest(5).stream().filter(r -> r.id() == failed.getId()).findFirst().orElseThrow();
        assertThat(listed.status()).isEqualTo("FAILED");
        assertThat(listed.files()).isEqualTo(1);
        assertThat(listed.rowsLoaded()).isEqualTo(1);
        assertThat(listed.errors()).isPositive();
        assertThat(listed.failure()).contains(out.toString());

        // when the operator removes the cause and restarts it
        Files.delete(out);
        var restarted = pipeline.restart(failed.getId());

        // then it completes in the same job instance, with the reports, and the rules were not run twice
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        try (var reports = Files.list(out)) {
            assertThat(reports.count()).isEqualTo(8);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM quality_run").query(Long.class).single()).isEqualTo(1);
        assertThat(runs.latest(1).get(0).reports()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT sum(rows_loaded) FROM submission").query(Long.class).single()).isEqualTo(1);
    }
}
