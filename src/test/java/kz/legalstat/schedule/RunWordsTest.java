package kz.legalstat.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's month and folder as the runs page shows them, read from the parameters it was started with. */
class RunWordsTest {

    @ParameterizedTest(name = "«{0}» → {1} · {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "inbox=/srv/legalstat/inbox period=2026-11|11.2026|/srv/legalstat/inbox",
            "inbox=/srv/отчёты за ноябрь night=2026-12-01 period=2026-11|11.2026|/srv/отчёты за ноябрь",
            "inbox=inbox onlyPeriod=2026-10|10.2026|inbox",
            "period=2026-09|09.2026|none",
            "inbox=/srv/in|none|/srv/in",
            "none|none|none"})
    void aRunsMonthAndFolderAreReadFromItsParameters(String parameters, String month, String inbox) {
        var run = new Runs.Run(1, "nightlyJob", BatchStatus.COMPLETED, null, 1L, parameters, 0, 0, 0, 0, 0, 0, null);

        assertThat(run.month()).isEqualTo(month);
        assertThat(run.inbox()).isEqualTo(inbox);
    }
}
