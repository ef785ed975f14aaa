package kz.legalstat.terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.ingest.CurrentState;
import kz.legalstat.reference.OfficeFileProblem;
import kz.legalstat.reference.OfficeFileRejectedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The office changes the terms without a release: the set written out, edited in Excel and loaded back changes the
 * deadlines of the acts issued from a new version's first day, and only theirs; a file with mistakes changes nothing
 * and names every mistake with its line.
 */
class TermRulesTest extends PostgresTest {

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
    void aNewVersionChangesTheDeadlinesOfTheActsIssuedFromItsFirstDayOnly() throws IOException {
        // given two protests received the same day, one issued the day before a new version of the term
        MonthData data = new MonthData(jdbc);
        long october = data.submission("acts", "1910", "2026-10-01");
        data.act(october, 2, "P-BEFORE", "PROTEST", "2026-09-30", "2026-10-01", null, null, null, null);
        data.act(october, 3, "P-FROM", "PROTEST", "2026-10-01", "2026-10-01", null, null, null, null);
        currentState.refresh();
        // 01.10 + 10 days = Sunday 11.10: Monday 12.10, both
        assertThat(deadline("P-BEFORE")).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(deadline("P-FROM")).isEqualTo(LocalDate.of(2026, 10, 12));

        // when the office writes the terms out, ends the protest's version on 30.09 and adds one of 20 working days
        Path file = dir.resolve("terms.csv");
        Files.write(file, terms.export());
        String edited = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^PROTEST;;2011-01-01;;", "PROTEST;;2011-01-01;2026-09-30;")
                + "PROTEST;;2026-10-01;;20;WORKING_DAYS;10;;;;Новая редакция: 20 рабочих дней\n";
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        terms.load(file, "Приказ № 7");
        currentState.refresh();

        // then only the protest issued from 01.10 has the new term: 20 working days from Thursday 01.10, with
        // Monday 26.10 off (Republic Day carried): 2 (1), 5-9 (6), 12-16 (11), 19-23 (16), 27-30 (20) -> Friday 30.10
        assertThat(deadline("P-BEFORE")).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(deadline("P-FROM")).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(jdbc.sql("SELECT r.legal_basis FROM act a JOIN term_rule r ON r.id = a.term_rule_id WHERE a.act_id = 'P-FROM'").query(String.class).single())
                .isEqualTo("Новая редакция: 20 рабочих дней");
        assertThat(terms.source()).hasValueSatisfying(s -> assertThat(s.source()).isEqualTo("Приказ № 7"));
    }

    @Test
    void theSetWrittenOutAndLoadedBackIsTheSameSet() throws IOException {
        var before = terms.versions();
        Path file = dir.resolve("terms.csv");
        Files.write(file, terms.export());

        terms.load(file, "the same");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFact_type;addressee_kind;"
                + "valid_from;valid_to;term;term_unit;min_term;max_term;report_term;report_term_unit;legal_basis;"
                + "legal_basis_kk\r\n");
        assertThat(terms.versions()).isEqualTo(before).hasSize(9);
    }

    @Test
    void aFileWithMistakesChangesNothingAndNamesEveryMistakeWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("terms.csv"), """
                act_type;addressee_kind;valid_from;valid_to;term;term_unit;min_term;max_term;report_term;report_term_unit;legal_basis
                PROTEST;;2011-01-01;;10;CALENDAR_DAYS;10;;;;ст. 19
                PROTEST;;2020-01-01;;15;CALENDAR_DAYS;15;;;;ст. 19, новая редакция
                PROTEZT;;2011-01-01;;10;CALENDAR_DAYS;;;;;ст. 19
                SUBMISSION;;31.02.2011;;30;CALENDAR_DAYS;1;30;3;WORKING_DAYS;ст. 25
                SUBMISSION;COURT;2011-01-01;;30;;;;;;ст. 25
                DEMAND;;2011-01-01;;;;30;10;;;ст. 6
                WARNING;;2011-01-01;;;;;;;;
                WARNING;INDIVIDUAL;2011-01-01;2010-01-01;-5;WEEKS;;;;;ст. 25-1
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> terms.load(file, "test"))
                .isInstanceOfSatisfying(OfficeFileRejectedException.class, e -> assertThat(e.problems())
                        .extracting(OfficeFileProblem::line, OfficeFileProblem::key)
                        .containsExactly(
                                tuple(3, "terms.row.overlap"),
                                tuple(4, "terms.row.code"),
                                tuple(5, "terms.row.date"),
                                tuple(6, "terms.row.unit-missing"),
                                tuple(7, "terms.row.min-over-max"),
                                tuple(8, "terms.row.basis"),
                                tuple(9, "terms.row.number"),
                                tuple(9, "terms.row.unit"),
                                tuple(9, "terms.row.valid-to-before")));
        assertThat(jdbc.sql("SELECT json_agg(t ORDER BY id) FROM term_rule t").query(String.class).single())
                .isEqualTo(shipped.versions());
    }

    private LocalDate deadline(String actId) {
        return jdbc.sql("SELECT deadline_on FROM act WHERE act_id = ?").param(actId).query(LocalDate.class).single();
    }
}
