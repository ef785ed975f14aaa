package kz.legalstat.schedule;

import java.time.LocalDateTime;

import kz.legalstat.ingest.RunIntake;
import kz.legalstat.quality.Findings;
import kz.legalstat.report.ReportExports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A run's month and folder as the runs page shows them, read from the parameters it was started with. */
class RunWordsTest {

    @ParameterizedTest(name = "inbox={0} period={1} onlyPeriod={2} → {3} · {4}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "/srv/legalstat/inbox|2026-11|none|11.2026|/srv/legalstat/inbox",
            "/srv/отчёты за ноябрь|2026-11|none|11.2026|/srv/отчёты за ноябрь",
            "inbox|none|2026-10|10.2026|inbox",
            "none|2026-09|none|09.2026|none",
            "/srv/in|none|none|none|/srv/in",
            "none|none|none|none|none"})
    void aRunsMonthAndFolderAreReadFromItsParameters(String inbox, String period, String onlyPeriod, String month,
                                                     String folder) {
        var parameters = new JobParametersBuilder().addString("requestedAt", "2026-12-01T01:00:00Z");
        if (inbox != null) {
            parameters.addString("inbox", inbox);
        }
        if (period != null) {
            parameters.addString("period", period);
        }
        if (onlyPeriod != null) {
            parameters.addString("onlyPeriod", onlyPeriod);
        }
        var execution = new JobExecution(1L, new JobInstance(1L, "nightlyJob"), parameters.toJobParameters());
        execution.setStartTime(LocalDateTime.of(2026, 12, 1, 1, 0));
        JobRepository repository = mock(JobRepository.class);
        when(repository.getJobExecution(1L)).thenReturn(execution);
        var runs = new Runs(repository, mock(RunIntake.class), mock(Findings.class), mock(ReportExports.class));

        var run = runs.find(1L).orElseThrow();

        assertThat(run.month()).isEqualTo(month);
        assertThat(run.inbox()).isEqualTo(folder);
        assertThat(String.valueOf(run.parameters())).doesNotContain("requestedAt");
    }
}
