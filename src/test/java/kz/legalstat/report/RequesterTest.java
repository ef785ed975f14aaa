package kz.legalstat.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's requester read back: a nightly run by its number, anyone else as a person. */
class RequesterTest {

    @ParameterizedTest(name = "«{0}» → run {1}")
    @CsvSource(nullValues = "none", value = {
            "nightly #12, 12",
            "nightly #1, 1",
            "analyst, none",
            "nightly #, none",
            "nightly #12 again, none",
            "nightly 12, none",
            "Nightly #12, none",
            "none, none"})
    void aRequesterIsANightlyRunOnlyWhenNamedExactlyAsOne(String requestedBy, Long run) {
        assertThat(Requester.nightlyRun(requestedBy)).isEqualTo(run);
    }

    @ParameterizedTest
    @CsvSource({"1, nightly #1", "4021, nightly #4021"})
    void aNightlyRunIsRecordedByItsNumber(long run, String requester) {
        assertThat(Requester.nightly(run)).isEqualTo(requester);
        assertThat(Requester.nightlyRun(requester)).isEqualTo(run);
    }
}
