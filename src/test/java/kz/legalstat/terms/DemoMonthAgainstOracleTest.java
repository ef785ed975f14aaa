package kz.legalstat.terms;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kz.legalstat.PostgresTest;
import kz.legalstat.demo.DemoSubmissions;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.schedule.Pipeline;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's whole month, collected as a night collects it: every act's deadline, reporting deadline and status at the
 * month's end in the database equal the oracle's.
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

    @TempDir
    Path dir;

    private record Stored(String id, DeadlineOracle.Act act, LocalDate deadline, LocalDate reportDeadline,
                          DeadlineOracle.Standing standing) {
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
                            ELSE 'PENDING' END, days_late
                FROM act_status(DATE '2000-01-01', ?, ?)""")
                .params(PERIOD.atEndOfMonth(), PERIOD.atEndOfMonth())
                .query((rs, n) -> new Stored(rs.getString(1),
                        new DeadlineOracle.Act(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        new DeadlineOracle.Standing(DeadlineOracle.Status.valueOf(rs.getString(11)),
                                (Integer) rs.getObject(12))))
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
    }
}
