package kz.legalstat.terms;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.ingest.DeadlineDerivation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the database's deadlines over random acts issued 2024-2026, each act written into the history and the
 * current state brought up to date as a night does, then judged by the oracle: the deadline is the oracle's, a working
 * day, the first working day on or after the term's last day; an act answered on its deadline is never overdue; and a
 * working day made a day off never brings a deadline earlier.
 */
@net.jqwik.api.Tag("integration")
class DeadlinePropertiesTest {

    private static final OracleCalendar CALENDAR = OracleCalendar.official();
    private static final DeadlineOracle ORACLE = new DeadlineOracle(CALENDAR, false);
    private static final AtomicInteger ROWS = new AtomicInteger(1);

    private static SingleConnectionDataSource database;
    private static JdbcClient jdbc;
    private static long submission;

    @BeforeContainer
    static void aMigratedEmptyDatabase() {
        database = new SingleConnectionDataSource(PostgresTest.URL, PostgresTest.USER,
                System.getenv().getOrDefault("LEGALSTAT_TEST_DATABASE_PASSWORD", ""), true);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(database);
        jdbc.sql(PostgresTest.EMPTY_DATA_TABLES).update();
        submission = new MonthData(jdbc).submission("acts", "1910", "2026-10-01");
    }

    @AfterContainer
    static void leaveItEmpty() {
        jdbc.sql(PostgresTest.EMPTY_DATA_TABLES).update();
        database.destroy();
    }

    @Property(tries = 300)
    void theDatabasesDeadlineIsTheOraclesAndTheFirstWorkingDayFromTheTermsLastDay(@ForAll("acts") DeadlineOracle.Act act) {
        String id = store(act);

        Stored stored = stored(id);

        assertThat(stored.deadline()).isEqualTo(ORACLE.deadline(act));
        assertThat(stored.reportDeadline()).isEqualTo(ORACLE.reportDeadline(act));
        if (stored.deadline() != null) {
            assertThat(CALENDAR.isWorking(stored.deadline())).as("a working day").isTrue();
            assertThat(stored.lastDay()).isBeforeOrEqualTo(stored.deadline());
            for (LocalDate d = stored.lastDay(); d.isBefore(stored.deadline()); d = d.plusDays(1)) {
                assertThat(CALENDAR.isWorking(d)).as("%s, between the term's last day and the deadline", d).isFalse();
            }
        }
    }

    @Property(tries = 150)
    void anActAnsweredOnItsDeadlineIsNeverOverdue(@ForAll("acts") DeadlineOracle.Act drawn) {
        LocalDate deadline = ORACLE.deadline(drawn);
        LocalDate answered = deadline != null ? deadline : drawn.start().plusDays(5);
        DeadlineOracle.Act act = new DeadlineOracle.Act(drawn.type(), drawn.addresseeKind(), drawn.issuedOn(),
                drawn.receivedOn(), drawn.termDays(), answered, null);
        LocalDate reported = ORACLE.reportDeadline(act);
        act = new DeadlineOracle.Act(act.type(), act.addresseeKind(), act.issuedOn(), act.receivedOn(),
                act.termDays(), answered, reported != null ? reported : answered);

        String id = store(act);

        assertThat(jdbc.sql("""
                SELECT is_overdue FROM act_status(DATE '2000-01-01', DATE '2100-12-31', DATE '2027-12-31')
                WHERE act_id = ?""").param(id).query(Boolean.class).single()).isFalse();
    }

    @Property(tries = 40)
    void aWorkingDayMadeADayOffNeverBringsADeadlineEarlier(@ForAll("acts") DeadlineOracle.Act act,
                                                          @ForAll @IntRange(min = 0, max = 40) int daysAfterStart) {
        String id = store(act);
        LocalDate before = stored(id).deadline();
        LocalDate dayOff = act.start().plusDays(daysAfterStart);
        if (before == null || dayOff.isAfter(before) || !CALENDAR.isWorking(dayOff)
                || dayOff.getDayOfWeek().getValue() > 5 || dayOff.getYear() > 2026) {
            return; // nothing to move: no deadline, or the day is after it, or not a working weekday
        }
        String day = jdbc.sql("SELECT row_to_json(d)::text FROM calendar_day d WHERE day = ?").param(dayOff)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE calendar_day SET is_working = false, kind = 'DECREE_DAY_OFF' WHERE day = ?")
                    .param(dayOff).update();
            refresh();

            LocalDate after = stored(id).deadline();

            assertThat(after).isAfterOrEqualTo(before);
            assertThat(after).isEqualTo(new DeadlineOracle(CALENDAR.withDayOff(dayOff), false).deadline(act));
        } finally {
            jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(dayOff).update();
            jdbc.sql("INSERT INTO calendar_day SELECT * FROM json_populate_record(NULL::calendar_day, CAST(? AS json))")
                    .param(day).update();
            refresh();
        }
    }

    /** Acts of every type and addressee, issued 2024-2026, received within 10 days or not at all. */
    @Provide
    Arbitrary<DeadlineOracle.Act> acts() {
        Arbitrary<String> types = Arbitraries.of("PROTEST", "SUBMISSION", "WARNING", "APPEAL", "EXPLANATION",
                "INSTRUCTION", "RESOLUTION", "DEMAND");
        Arbitrary<String> addressees = Arbitraries.of("STATE_BODY", "OFFICIAL", "LEGAL_ENTITY", "INDIVIDUAL", "COURT");
        Arbitrary<LocalDate> issued = Arbitraries.integers().between(0, 1095)
                .map(days -> LocalDate.of(2024, 1, 1).plusDays(days));
        Arbitrary<Integer> receivedAfter = Arbitraries.integers().between(0, 10).injectNull(0.2);
        Arbitrary<Integer> termDays = Arbitraries.integers().between(1, 60).injectNull(0.5);
        Arbitrary<Integer> consideredAfter = Arbitraries.integers().between(0, 60).injectNull(0.4);
        Arbitrary<Integer> reportedAfter = Arbitraries.integers().between(0, 10).injectNull(0.3);
        return Combinators.combine(types, addressees, issued, receivedAfter, termDays, consideredAfter, reportedAfter)
                .as((type, addressee, on, received, term, considered, reported) -> {
                    LocalDate receivedOn = received == null ? null : on.plusDays(received);
                    LocalDate start = receivedOn == null ? on : receivedOn;
                    LocalDate consideredOn = considered == null ? null : start.plusDays(considered);
                    LocalDate reportedOn = consideredOn == null || reported == null ? null : consideredOn.plusDays(reported);
                    return new DeadlineOracle.Act(type, addressee, on, receivedOn, term, consideredOn, reportedOn);
                });
    }

    private record Stored(LocalDate lastDay, LocalDate deadline, LocalDate reportDeadline) {
    }

    private static Stored stored(String id) {
        return jdbc.sql("SELECT term_last_on, deadline_on, report_deadline_on FROM act WHERE act_id = ?").param(id)
                .query((rs, n) -> new Stored(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).single();
    }

    /** Writes the act into the history and brings the current state up to date, as a night does. */
    private static String store(DeadlineOracle.Act act) {
        int row = ROWS.incrementAndGet();
        String id = "PBT-" + row;
        new MonthData(jdbc).act(submission, row, id, act.type(), act.addresseeKind(), "Адресат", act.issuedOn(),
                act.receivedOn(), act.termDays(), act.consideredOn(), act.consideredOn() == null ? null : "REJECTED",
                act.reportedOn());
        refresh();
        return id;
    }

    /** As a night does for rows written by hand: their deadlines derived, in one transaction. */
    private static void refresh() {
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(
                status -> new DeadlineDerivation(jdbc, database).bringUpToDate());
    }
}
