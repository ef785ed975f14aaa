package kz.legalstat.terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.ingest.CurrentState;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every hand-worked case of {@code terms/DeadlineCasesTest.csv} (the law's terms as shipped, and the test's extended
 * versions loaded as the office loads terms) computed by the database: deadline, reporting deadline, whether it rests
 * on the provisional calendar, and the status on the case's day.
 */
class DeadlineCasesTest extends PostgresTest {

    /**
     * The test's versions on top of the law's: months, working days, and protests from 1 July 2026 with a longer
     * minimum (the shipped protest version then ends on 30 June 2026). See {@link DeadlineOracle}.
     */
    private static final String EXTENDED = """
            DEMAND;INDIVIDUAL;2011-01-01;;1;MONTHS;1;;;;test: 1 month
            DEMAND;LEGAL_ENTITY;2011-01-01;;2;MONTHS;1;;;;test: 2 months
            EXPLANATION;OFFICIAL;2011-01-01;;5;WORKING_DAYS;;;;;test: 5 working days
            APPEAL;STATE_BODY;2011-01-01;;10;WORKING_DAYS;;;;;test: 10 working days
            PROTEST;;2026-07-01;;15;CALENDAR_DAYS;15;;;;test: 15 days from 1 July 2026
            """;

    @Autowired
    TermRules terms;

    @Autowired
    CurrentState currentState;

    @TempDir
    Path dir;

    private ShippedTerms shipped;

    @BeforeEach
    void keepTheShippedTerms() {
        shipped = ShippedTerms.take(jdbc);
    }

    @AfterEach
    void restoreTheShippedTerms() {
        shipped.restore();
    }

    @Test
    void theLawsTermsGiveEveryHandWorkedDeadline() {
        check(DeadlineCase.all().stream().filter(c -> !c.extended()).toList());
    }

    @Test
    void termsLoadedByTheOfficeGiveEveryHandWorkedDeadline() throws IOException {
        // given the shipped terms written out, the protest's version ended on 30 June 2026, the test's versions added
        String exported = new String(terms.export(), StandardCharsets.UTF_8);
        String edited = exported.replaceFirst("(?m)^PROTEST;;2011-01-01;;", "PROTEST;;2011-01-01;2026-06-30;")
                + EXTENDED;
        Path file = Files.writeString(dir.resolve("terms.csv"), edited, StandardCharsets.UTF_8);

        // when the office loads them
        terms.load(file, "test");

        // then
        check(DeadlineCase.all().stream().filter(DeadlineCase::extended).toList());
    }

    private void check(List<DeadlineCase> cases) {
        MonthData data = new MonthData(jdbc);
        long submission = data.submission("acts", "1910", "2026-10-01");
        int row = 2;
        for (DeadlineCase c : cases) {
            DeadlineOracle.Act a = c.act();
            data.act(submission, row++, c.id(), a.type(), a.addresseeKind(), "Адресат", a.issuedOn(), a.receivedOn(),
                    a.termDays(), a.consideredOn(), a.consideredOn() == null ? null : "SATISFIED", a.reportedOn());
        }
        currentState.refresh();

        SoftAssertions softly = new SoftAssertions();
        for (DeadlineCase c : cases) {
            Computed computed = jdbc.sql("""
                    SELECT deadline_on, report_deadline_on, deadline_provisional FROM act WHERE act_id = ?""")
                    .param(c.id()).query((rs, n) -> new Computed(rs.getObject(1, LocalDate.class),
                            rs.getObject(2, LocalDate.class), rs.getBoolean(3))).single();
            softly.assertThat(computed).as(c.toString())
                    .isEqualTo(new Computed(c.deadline(), c.reportDeadline(), c.provisional()));
            if (c.asOf() != null) {
                softly.assertThat(standing(c)).as(c + " on " + c.asOf())
                        .isEqualTo(new DeadlineOracle.Standing(c.status(), c.daysLate()));
            }
        }
        softly.assertAll();
    }

    private record Computed(LocalDate deadline, LocalDate reportDeadline, boolean provisional) {
    }

    private DeadlineOracle.Standing standing(DeadlineCase c) {
        return jdbc.sql("""
                SELECT CASE WHEN is_unanswered_past_term THEN 'UNANSWERED'
                            WHEN is_considered_late THEN 'CONSIDERED_LATE'
                            WHEN is_reported_late THEN 'REPORTED_LATE'
                            WHEN is_considered THEN 'CONSIDERED'
                            WHEN is_pending_within_term THEN 'PENDING' END, days_late
                FROM act_status(DATE '2000-01-01', DATE '2100-12-31', ?) WHERE act_id = ?""")
                .params(c.asOf(), c.id())
                .query((rs, n) -> new DeadlineOracle.Standing(DeadlineOracle.Status.valueOf(rs.getString(1)),
                        (Integer) rs.getObject(2)))
                .single();
    }
}
