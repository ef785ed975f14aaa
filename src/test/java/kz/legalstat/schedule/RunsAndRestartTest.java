package kz.legalstat.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.List;

import kz.legalstat.PostgresTest;
import kz.legalstat.runs.AbandonedRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A failed night is seen in the runs and resumed by the operator from the step that failed; a run a killed
 * process left running is recorded as failed when LegalStat starts, unless another server is still on it.
 */
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
        assertThat(listed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(listed.files()).isEqualTo(1);
        assertThat(listed.rowsLoaded()).isEqualTo(1);
        assertThat(listed.errors()).isPositive();
        assertThat(listed.failure().ru()).isEqualTo("Отчёт нельзя записать в папку " + out + ": это файл, а не "
                + "папка. Исправьте это или выберите другую папку, затем повторите");
        assertThat(listed.failure().kk()).startsWith("Есепті " + out + " қалтасына жазу мүмкін емес: бұл қалта емес");

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
        // and neither the completed run nor one that does not exist can be restarted
        assertThatThrownBy(() -> pipeline.restart(restarted.getId())).isInstanceOf(RunRefusedException.class)
                .hasMessage("run.finished");
        assertThatThrownBy(() -> pipeline.restart(Integer.MAX_VALUE)).isInstanceOf(RunRefusedException.class)
                .hasMessage("run.unknown");
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT sum(rows_loaded) FROM submission").query(Long.class).single()).isEqualTo(1);
    }

    @Autowired
    AbandonedRuns abandoned;

    @Test
    void aRunLeftStartedByADeadProcessIsRecoveredAndOneStillWorkedOnIsLeftAlone() throws Exception {
        // given: two verifications that a killed process left STARTED ten minutes ago
        long deadOne = leftStarted(pipeline.verify(YearMonth.of(2026, 10)).getId());
        long liveOne = leftStarted(pipeline.verify(YearMonth.of(2026, 9)).getId());
        try (Connection otherServer = DriverManager.getConnection(URL, USER, "")) {
            // and another server still working on the second one
            otherServer.createStatement().execute("SELECT pg_advisory_lock(" + 0x4C53 + ", " + liveOne + ")");

            // when a LegalStat starts
            List<Long> recovered = abandoned.recover();

            // then the dead one is recorded as failed, the live one is not touched
            assertThat(recovered).contains(deadOne).doesNotContain(liveOne);
            assertThat(status(deadOne)).isEqualTo("FAILED");
            assertThat(status(liveOne)).isEqualTo("STARTED");
            assertThatThrownBy(() -> pipeline.restart(liveOne)).isInstanceOf(RunRefusedException.class)
                    .hasMessage("run.still-running");
            otherServer.createStatement().execute("SELECT pg_advisory_unlock(" + 0x4C53 + ", " + liveOne + ")");
        }

        // and the dead one restarts and completes in its own job instance
        var restarted = pipeline.restart(deadOne);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(abandoned.recover()).contains(liveOne);
    }

    @Test
    void everyLogLineOfARunCarriesItsIdEvenFromTheRulesThreads() {
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("kz.legalstat");
        appender.start();
        logger.addAppender(appender);
        try {
            long run = pipeline.verify(YearMonth.of(2026, 10)).getId();

            var ruleLines = appender.list.stream().filter(e -> e.getFormattedMessage().startsWith("Rule ")).toList();
            assertThat(ruleLines).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("run", String.valueOf(run)));
            assertThat(ruleLines).anySatisfy(e -> assertThat(e.getThreadName()).isNotEqualTo(Thread.currentThread().getName()));
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(org.slf4j.MDC.get("run")).as("the run's id does not outlive the run").isNull();
    }

    /** What a SIGKILL leaves in the job repository: the run and its step marked running, no end. */
    private long leftStarted(long executionId) {
        jdbc.sql("""
                UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL,
                       start_time = localtimestamp - interval '10 minutes' WHERE job_execution_id = ?""")
                .param(executionId).update();
        jdbc.sql("""
                UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL
                WHERE job_execution_id = ?""").param(executionId).update();
        return executionId;
    }

    private String status(long executionId) {
        return jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(executionId)
                .query(String.class).single();
    }
}
