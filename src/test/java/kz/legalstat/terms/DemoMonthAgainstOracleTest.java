package kz.legalstat.terms;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.legalstat.PostgresTest;
import kz.legalstat.demo.DemoSubmissions;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.quality.QualityChecks;
import kz.legalstat.schedule.Pipeline;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's whole month, collected as a night collects it: every act's deadline, reporting deadline and status at the
 * month's end in the database equal the oracle's, and the month's verification names exactly the acts the oracle
 * finds unanswered past term, considered late or reported late.
 */
class DemoMonthAgainstOracleTest extends PostgresTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);
    private static final DeadlineOracle ORACLE = new DeadlineOracle(OracleCalendar.official(), false);

    @Autowired
    DemoSubmissions demo;

    @Autowired
    Pipeline pipeline;

    @Autowired
    CurrentState currentState;

    @Autowired
    QualityChecks checks;

    @TempDir
    Path dir;

    private record Stored(String id, DeadlineOracle.Act act, LocalDate deadline, LocalDate reportDeadline,
                          DeadlineOracle.Standing standing, boolean ofThisMonth) {
    }

    @Test
    void everyActOfTheDemoMonthHasTheOraclesDeadlinesAndStatus() throws IOException {
        // given the demo's month collected
        demo.write(dir, PERIOD, 3000, 7);
        pipeline.collect(dir, Optional.empty());
        currentState.refresh();

        // when every act is read back with its status at the month's end
        List<Stored> acts = jdbc.sql("""
                SELECT unit_code || '/' || act_id, act_type, addressee_kind, issued_on, received_on, term_days,
                       considered_on, reported_on, deadline_on, report_deadline_on,
                       CASE WHEN is_unanswered_past_term THEN 'UNANSWERED'
                            WHEN is_considered_late THEN 'CONSIDERED_LATE'
                            WHEN is_reported_late THEN 'REPORTED_LATE'
                            WHEN is_considered THEN 'CONSIDERED'
                            ELSE 'PENDING' END, days_late, period = ?
                FROM act_status(DATE '2000-01-01', ?, ?)""")
                .params(PERIOD.atDay(1), PERIOD.atEndOfMonth(), PERIOD.atEndOfMonth())
                .query((rs, n) -> new Stored(rs.getString(1),
                        new DeadlineOracle.Act(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        new DeadlineOracle.Standing(DeadlineOracle.Status.valueOf(rs.getString(11)),
                                (Integer) rs.getObject(12)), rs.getBoolean(13)))
                .list();

        // then
        assertThat(acts).hasSizeGreaterThan(2000);
        assertThat(acts).filteredOn(a -> a.standing().status() == DeadlineOracle.Status.UNANSWERED).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Stored a : acts) {
            softly.assertThat(a.deadline()).as("%s deadline", a.id()).isEqualTo(ORACLE.deadline(a.act()));
            softly.assertThat(a.reportDeadline()).as("%s reporting deadline", a.id())
                    .isEqualTo(ORACLE.reportDeadline(a.act()));
            softly.assertThat(a.standing()).as("%s status", a.id())
                    .isEqualTo(ORACLE.standing(a.act(), PERIOD.atEndOfMonth()));
        }
        softly.assertAll();

        // and the month's verification finds exactly the acts of the month the oracle finds late
        long run = checks.run(PERIOD, 0);
        LocalDate end = PERIOD.atEndOfMonth();
        assertThat(flagged(run, "ACT_UNANSWERED_PAST_TERM")).isEqualTo(oracleFlags(acts, a -> ORACLE.standing(a, end)
                .status() == DeadlineOracle.Status.UNANSWERED)).isNotEmpty();
        assertThat(flagged(run, "ACT_CONSIDERED_LATE")).isEqualTo(oracleFlags(acts, a -> {
            LocalDate deadline = ORACLE.deadline(a);
            return a.consideredOn() != null && !a.consideredOn().isAfter(end) && deadline != null
                    && a.consideredOn().isAfter(deadline);
        }));
        assertThat(flagged(run, "ACT_REPORTED_LATE")).isEqualTo(oracleFlags(acts, a -> {
            LocalDate due = ORACLE.reportDeadline(a);
            if (due == null || a.consideredOn().isAfter(end)) {
                return false;
            }
            boolean reported = a.reportedOn() != null && !a.reportedOn().isAfter(end);
            return reported ? a.reportedOn().isAfter(due) : due.isBefore(end);
        }));
    }

    /** The acts (unit/act) a rule's findings of the run name, through the rows they point at. */
    private Set<String> flagged(long run, String rule) {
        return new TreeSet<>(jdbc.sql("""
                SELECT a.unit_code || '/' || a.act_id FROM finding f
                JOIN act_row a ON a.submission_id = f.submission_id AND a.row_number = f.row_number
                WHERE f.run_id = ? AND f.rule_id = ?""").params(run, rule).query(String.class).list());
    }

    /** The acts of the month the oracle says a rule should name. */
    private static Set<String> oracleFlags(List<Stored> acts, java.util.function.Predicate<DeadlineOracle.Act> late) {
        return acts.stream().filter(Stored::ofThisMonth).filter(a -> late.test(a.act())).map(Stored::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
