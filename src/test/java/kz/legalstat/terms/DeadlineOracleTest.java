package kz.legalstat.terms;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oracle against the hand-worked cases: before it can judge the database, it must agree with the law as worked
 * out by hand. No database: the fast lane.
 */
class DeadlineOracleTest {

    private static final DeadlineOracle LAW = new DeadlineOracle(OracleCalendar.official(), false);
    private static final DeadlineOracle EXTENDED = new DeadlineOracle(OracleCalendar.official(), true);

    static List<DeadlineCase> cases() {
        return DeadlineCase.all();
    }

    @Test
    void theCasesCoverWhatTheLawAndTheCalendarAsk() {
        List<DeadlineCase> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(cases).extracting(DeadlineCase::id).doesNotHaveDuplicates();
        assertThat(cases).extracting(c -> c.act().type()).contains("PROTEST", "SUBMISSION", "WARNING", "APPEAL",
                "EXPLANATION", "INSTRUCTION", "RESOLUTION", "DEMAND");
        assertThat(cases).filteredOn(c -> c.status() != null).hasSizeGreaterThanOrEqualTo(15);
        assertThat(cases).filteredOn(DeadlineCase::provisional).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOracleAgreesWithTheCaseWorkedByHand(DeadlineCase c) {
        DeadlineOracle oracle = c.extended() ? EXTENDED : LAW;

        assertThat(oracle.deadline(c.act())).as("deadline").isEqualTo(c.deadline());
        assertThat(oracle.reportDeadline(c.act())).as("reporting deadline").isEqualTo(c.reportDeadline());
        if (c.asOf() != null) {
            assertThat(oracle.standing(c.act(), c.asOf()))
                    .isEqualTo(new DeadlineOracle.Standing(c.status(), c.daysLate()));
        }
    }

    @Test
    void theOraclesCalendarCountsThePublishedWorkingDays() {
        // the Ministry of Labour's count for 2025 (docs/law-and-calendar.md): 246 working days
        assertThat(OracleCalendar.official().workingDaysPerYear()).containsEntry(2025, 246);
    }

    @Test
    void theOracleKnowsNoYearOutsideItsCalendar() {
        assertThat(OracleCalendar.official().knows(LocalDate.of(2028, 1, 1))).isFalse();
    }
}
