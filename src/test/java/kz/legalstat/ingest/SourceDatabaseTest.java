package kz.legalstat.ingest;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.legalstat.PostgresTest;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.UnitLists;
import kz.legalstat.schedule.Pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit that exposes a database view instead of sending files: its rows are read in chunks and validated
 * and loaded exactly as a file's, each collection a new version of its register.
 */
class SourceDatabaseTest extends PostgresTest {

    @Autowired
    Pipeline pipeline;

    @Autowired
    ReferenceData reference;

    @BeforeEach
    void aUnitsView() {
        jdbc.sql("DROP SCHEMA IF EXISTS unit_1910 CASCADE").update();
        jdbc.sql("CREATE SCHEMA unit_1910").update();
        jdbc.sql("""
                CREATE TABLE unit_1910.acts AS
                SELECT '1910/26-' || n AS act_id, '1910' AS unit_code,
                       CASE WHEN n = 1500 THEN 'PROTESST' ELSE 'SUBMISSION' END AS act_type,
                       DATE '2026-10-01' + (n % 20) AS issued_on, 'STATE_BODY' AS addressee_kind,
                       TIMESTAMP '2026-10-22 00:00' + CASE WHEN n = 2000 THEN INTERVAL '10 hours 30 minutes'
                                                          ELSE INTERVAL '0' END AS received_on,
                       'Акимат Илийского района' AS addressee, 'ECONOMY' AS sphere, 30 AS term_days,
                       CASE WHEN n % 2 = 0 THEN 1250000.50 END AS amount_restored_kzt
                FROM generate_series(1, 2500) AS n""").update();
    }

    @AfterEach
    void dropTheView() {
        jdbc.sql("DROP SCHEMA unit_1910 CASCADE").update();
    }

    @Test
    void theViewsRowsAreValidatedAndLoadedLikeAFile() {
        String url = URL + (URL.contains("?") ? "&" : "?") + "user=" + USER;

        var execution = pipeline.collectFromDatabase(url, "SELECT * FROM unit_1910.acts ORDER BY act_id", "1910",
                YearMonth.of(2026, 10));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Object> submission = jdbc.sql("SELECT file_name, status, rows_loaded, rows_rejected, source_query "
                + "FROM submission").query().singleRow();
        assertThat(submission).containsEntry("file_name", "acts_1910_2026-10.db").containsEntry("status", "LOADED")
                .containsEntry("rows_loaded", 2498).containsEntry("rows_rejected", 2);
        assertThat(submission.get("source_query").toString()).contains("unit_1910.acts");
        // a timestamp at midnight is its date; at another time of day it is no date, as in a file
        assertThat(jdbc.sql("SELECT column_name || ' ' || value FROM submission_issue "
                + "ORDER BY column_name").query(String.class).list())
                .containsExactly("act_type PROTESST", "received_on 2026-10-22 10:30:00");
        assertThat(jdbc.sql("SELECT count(*) FROM act WHERE received_on = DATE '2026-10-22'").query(Long.class).single())
                .isEqualTo(2498);
        // every even act carries an amount; acts 1500 and 2000, even, are the rejected ones
        assertThat(jdbc.sql("SELECT count(*) FROM act WHERE amount_restored_kzt = 1250000.50").query(Long.class).single())
                .isEqualTo(1248);
    }

    @Test
    void anUnreachableSourceIsRejectedWithItsReason() {
        var execution = pipeline.collectFromDatabase("jdbc:postgresql://127.0.0.1:5432/no_such_database",
                "SELECT 1", "1910", YearMonth.of(2026, 10));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> reasons = jdbc.sql("SELECT s.status || ' ' || i.code FROM submission s "
                + "JOIN submission_issue i ON i.submission_id = s.id").query(String.class).list();
        assertThat(reasons).containsExactly("REJECTED ingest.source.failed");
    }

    @Test
    void theSourceOfAUnitClosedInTheMonthIsRefusedSayingSo() {
        UnitLists before = UnitLists.take(jdbc);
        try {
            // lists closing 1910 from September and holding it again from November, as units load leaves them: the
            // job reads them when it starts
            UnitLists.listFrom(jdbc, YearMonth.of(2026, 9), "1910");
            UnitLists.listFrom(jdbc, YearMonth.of(2026, 11));

            var execution = pipeline.collectFromDatabase(URL, "SELECT * FROM unit_1910.acts", "1910",
                    YearMonth.of(2026, 10));

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(jdbc.sql("SELECT s.status || ' ' || i.message_ru FROM submission s "
                    + "JOIN submission_issue i ON i.submission_id = s.id").query(String.class).list())
                    .containsExactly("REJECTED Подразделение 1910 было закрыто по списку подразделений с 2026-09 по "
                            + "2026-10: его файлы за эти месяцы не принимаются (за остальные — принимаются)");
        } finally {
            before.putBack(jdbc, reference);
        }
    }
}
