package kz.legalstat.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.ingest.CurrentState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statutory deadlines from the deadline rules and the Kazakhstan calendar table (docs/law-and-calendar.md), and the rules
 * that report them: computed in PostgreSQL over the current state of the acts.
 */
class DeadlineRulesTest extends PostgresTest {

    @Autowired
    CurrentState currentState;

    @Autowired
    QualityChecks checks;

    private MonthData data;

    @BeforeEach
    void actsOfOneUnit() {
        data = new MonthData(jdbc);
        long october = data.submission("acts", "1910", "2026-10-01");
        long december = data.submission("acts", "1910", "2027-12-01");
        // act_id, type, issued, received, term, considered, outcome, reported
        data.act(october, 2, "P-14SEP", "PROTEST", "2026-09-14", "2026-09-14", null, null, null, null);
        data.act(october, 3, "P-15OCT", "PROTEST", "2026-10-15", "2026-10-15", null, null, null, null);
        data.act(october, 4, "S-TERM45", "SUBMISSION", "2026-10-01", "2026-10-01", 45, null, null, null);
        data.act(october, 5, "S-NAURYZ", "SUBMISSION", "2026-03-02", "2026-03-02", null, "2026-03-20", "SATISFIED", "2026-03-31");
        data.act(october, 6, "W-NOTERM", "WARNING", "2026-01-10", null, null, null, null, null);
        data.act(october, 7, "P-LATE", "PROTEST", "2026-10-01", "2026-10-01", null, "2026-10-20", "REJECTED", null);
        data.act(december, 2, "P-NEWYEAR", "PROTEST", "2027-12-28", "2027-12-28", null, null, null, null);
        currentState.refresh();
    }

    @Test
    void aTermOfTenDaysEndsOnTheTenthDayAfterReceipt() {
        // received 14 September + 10 days = 24 September (docs/law-and-calendar.md's own example)
        assertThat(deadline("P-14SEP")).isEqualTo(LocalDate.of(2026, 9, 24));
    }

    @Test
    void aTermEndingOnADayOffMovesToTheNextWorkingDay() {
        // 25 October 2026 is Republic Day on a Sunday, so Monday 26 is off too: the term ends on the 27th
        assertThat(deadline("P-15OCT")).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void aSubmissionsTermIsAtMostThirtyDays() {
        // 1 October + 30 = 31 October, a Saturday: Monday 2 November
        assertThat(deadline("S-TERM45")).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void theReportOnASubmissionIsDueThreeWorkingDaysAfterConsideration() {
        // considered Friday 20 March 2026; 21-25 March are Nauryz and carried days off: 26, 27, 30 March
        assertThat(jdbc.sql("SELECT report_deadline_on FROM act WHERE act_id = 'S-NAURYZ'").query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void actsWithoutATermHaveNoDeadline() {
        assertThat(deadline("W-NOTERM")).isNull();
    }

    @Test
    void findingsForTheMonthNameTheActsRowAndTheDates() {
        // when
        long run = checks.run(YearMonth.of(2026, 10), 0);

        // then
        Map<String, List<String>> byRule = findings(run);
        assertThat(byRule.get("ACT_CONSIDERED_LATE")).containsExactly("7:2026-10-12:2026-10-20");
        assertThat(byRule.get("ACT_REPORTED_LATE")).containsExactly("5:2026-03-30:2026-03-31");
        assertThat(byRule.get("ACT_TERM_OUT_OF_BOUNDS"))
                .containsExactly("4:30:S-TERM45: 45 дн., по закону не более 30 дн.: учтено 30 дн.");
        // at the end of October P-14SEP is 37 days past its deadline, P-15OCT 4 days
        assertThat(byRule.get("ACT_UNANSWERED_PAST_TERM")).containsExactly("2:2026-09-24:37", "3:2026-10-27:4");
        assertThat(byRule).doesNotContainKey("ACT_CALENDAR_NOT_LOADED");
    }

    @Test
    void aDeadlineInAYearWithoutCalendarIsAnErrorNotAGuess() {
        // 28 December 2027 + 10 days falls in 2028, whose calendar is not loaded, not even provisionally
        assertThat(deadline("P-NEWYEAR")).isNull();

        long run = checks.run(YearMonth.of(2027, 12), 0);

        assertThat(findings(run).get("ACT_CALENDAR_NOT_LOADED")).containsExactly("2::2028");
        assertThat(jdbc.sql("SELECT severity FROM finding WHERE run_id = ? AND rule_id = 'ACT_CALENDAR_NOT_LOADED'")
                .param(run).query(String.class).single()).isEqualTo("ERROR");
    }

    private Map<String, List<String>> findings(long run) {
        return jdbc.sql("SELECT rule_id, coalesce(row_number::text, '') || ':' || coalesce(expected, '') || ':' || coalesce(actual, '') "
                        + "FROM finding WHERE run_id = ? ORDER BY row_number")
                .param(run).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
                        java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
    }

    private LocalDate deadline(String actId) {
        return jdbc.sql("SELECT deadline_on FROM act WHERE act_id = ?").param(actId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }
}
