package kz.legalstat.ingest;

import java.time.LocalDate;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history's triggers of V26 over rows written by hand: a row takes its submission's month
 * (R__submission_rows_have_their_submission.sql), and a change of the calendar or the terms moves the deadlines'
 * basis (R__deadline_basis.sql).
 */
class HistoryTriggersTest extends PostgresTest {

    @Autowired
    CurrentState currentState;

    @Test
    void aRowWrittenWithoutItsMonthTakesItsSubmissionsAndAMovedRowTheNewOnes() {
        MonthData data = new MonthData(jdbc);
        long september = data.submission("acts", "1910", "2026-09-01");
        long october = data.submission("acts", "1910", "2026-10-01");
        data.act(september, 2, "A-1", "PROTEST", "2026-09-01", null, null, null, null, null);
        data.record(october, 2, "R-1", "1910", "INVESTIGATION", null);

        assertThat(month("act_row")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(month("record_row")).isEqualTo(LocalDate.of(2026, 10, 1));

        jdbc.sql("UPDATE act_row SET submission_id = ? WHERE act_id = 'A-1'").param(october).update();
        assertThat(month("act_row")).isEqualTo(LocalDate.of(2026, 10, 1));

        assertThatThrownBy(() -> jdbc.sql("UPDATE record_row SET submission_id = -7").update())
                .hasMessageContaining("rows of record_row refer to submission -7, which does not exist");
        assertThat(month("record_row")).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aChangeOfTheCalendarOrTheTermsMovesTheDeadlinesBasisAndNothingElseDoes() {
        long before = generation();

        jdbc.sql("UPDATE calendar_day SET note_ru = note_ru WHERE day = DATE '2026-03-08'").update();
        assertThat(generation()).isEqualTo(before + 1);
        jdbc.sql("UPDATE calendar_year SET provisional = provisional WHERE year = 2026").update();
        assertThat(generation()).isEqualTo(before + 2);
        jdbc.sql("UPDATE term_rule SET legal_basis = legal_basis WHERE act_type = 'PROTEST'").update();
        assertThat(generation()).isEqualTo(before + 3);
        // a year's source is a note on where its days come from: rewording it moves no deadline
        jdbc.sql("UPDATE calendar_year SET source = source || '.' WHERE year = 2026").update();
        assertThat(generation()).isEqualTo(before + 3);

        // a unit's month of files changes no deadline's basis
        MonthData data = new MonthData(jdbc);
        data.act(data.submission("acts", "1910", "2026-10-01"), 2, "A-1", "PROTEST", "2026-10-01", null, null, null,
                null, null);
        assertThat(generation()).isEqualTo(before + 3);

        // and deriving the deadlines again brings their basis up to it
        currentState.refresh();
        assertThat(jdbc.sql("SELECT derived_generation FROM deadline_basis").query(Long.class).single())
                .isEqualTo(before + 3);
    }

    private LocalDate month(String history) {
        return jdbc.sql("SELECT period FROM " + history).query(LocalDate.class).single();
    }

    private long generation() {
        return jdbc.sql("SELECT generation FROM deadline_basis").query(Long.class).single();
    }
}
