package kz.legalstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The current state read from the history (V26) over nights of new months, corrections and late corrections: after
 * each night it holds exactly what its definition selects from the history, and its deadlines follow the calendar.
 */
@SpringBatchTest
class CurrentStateTest extends PostgresTest {

    private static final String ACTS_HEADER =
            "act_id;unit_code;act_type;issued_on;addressee_kind;addressee;sphere;considered_on;outcome\n";
    private static final String RECORDS_HEADER =
            "record_id;unit_code;registered_on;article;category;status;decided_on\n";

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("collectSubmissionsJob")
    Job collectSubmissionsJob;

    @Autowired
    CurrentState currentState;

    @TempDir
    Path inbox;

    private Instant delivered = Instant.parse("2026-10-03T09:00:00Z");

    @BeforeEach
    void job() {
        jobs.setJob(collectSubmissionsJob);
    }

    @Test
    void eachNightMarksTheLatestVersionsAndTheStateIsAlwaysItsDefinition() throws Exception {
        // given September: 60 acts of a district, 10 of them sent again by its region, and 60 records
        StringBuilder september = new StringBuilder(ACTS_HEADER);
        for (int i = 1; i <= 60; i++) {
            september.append(act("1910/26-" + i, "2026-09-0" + (1 + i % 9), i % 3 == 0 ? "2026-09-20" : "",
                    i % 3 == 0 ? "SATISFIED" : ""));
        }
        StringBuilder regionSeptember = new StringBuilder(ACTS_HEADER);
        for (int i = 1; i <= 10; i++) {
            regionSeptember.append(act("1910/26-" + i, "2026-09-0" + (1 + i % 9), "2026-09-25", "REJECTED"));
        }
        StringBuilder records = new StringBuilder(RECORDS_HEADER);
        for (int i = 1; i <= 60; i++) {
            records.append(record("26-19-" + i, "INVESTIGATION", ""));
        }
        deliver("acts_1910_2026-09.csv", september);
        deliver("acts_19_2026-09.csv", regionSeptember);
        deliver("records_19_2026-09.csv", records);
        // the loads marked the versions themselves: the night's refresh finds nothing left to do
        assertThat(collect()).containsEntry("act", "kept").containsEntry("special_record", "kept");
        assertTheStateIsItsDefinition(60, 60);
        // each row is stored once: the history, read through views
        assertThat(jdbc.sql("SELECT count(*) FROM act_row").query(Long.class).single()).isEqualTo(70);
        assertThat(jdbc.sql("SELECT string_agg(relname || ':' || relkind::text, ' ' ORDER BY relname) FROM pg_class "
                + "WHERE relname IN ('act', 'special_record')").query(String.class).single())
                .isEqualTo("act:v special_record:v");

        // when October re-lists three open acts, one of them considered now, and brings a new one
        deliver("acts_1910_2026-10.csv", new StringBuilder(ACTS_HEADER)
                .append(act("1910/26-1", "2026-09-02", "2026-10-07", "SATISFIED"))
                .append(act("1910/26-2", "2026-09-03", "", ""))
                .append(act("1910/26-4", "2026-09-05", "", ""))
                .append(act("1910/26-61", "2026-10-01", "", "")));
        deliver("records_19_2026-10.csv", new StringBuilder(RECORDS_HEADER)
                .append(record("26-19-1", "SENT_TO_COURT", "2026-10-09"))
                .append(record("26-19-61", "INVESTIGATION", "")));

        // then the latest month wins
        collect();
        assertTheStateIsItsDefinition(61, 61);
        assertThat(outcome("1910/26-1")).isEqualTo("SATISFIED:2026-10");

        // when October's register is corrected: an act dropped, another considered, the new one kept
        deliver("acts_1910_2026-10.csv", new StringBuilder(ACTS_HEADER)
                .append(act("1910/26-2", "2026-09-03", "2026-10-15", "REJECTED"))
                .append(act("1910/26-4", "2026-09-05", "", ""))
                .append(act("1910/26-61", "2026-10-01", "", "")));

        // then the dropped act falls back to its latest earlier version: the region's September row, sent after
        // the district's
        collect();
        assertTheStateIsItsDefinition(61, 61);
        assertThat(outcome("1910/26-1")).isEqualTo("REJECTED:2026-09");
        assertThat(outcome("1910/26-2")).isEqualTo("REJECTED:2026-10");

        // when the region corrects September late, one act fewer and another withdrawn: the act it dropped falls
        // back to the district's version, and the acts October holds keep October's
        StringBuilder regionCorrected = new StringBuilder(ACTS_HEADER)
                .append(act("1910/26-1", "2026-09-02", "2026-09-26", "WITHDRAWN"));
        for (int i = 2; i <= 10; i++) {
            if (i != 9) {
                regionCorrected.append(act("1910/26-" + i, "2026-09-0" + (1 + i % 9), "2026-09-25", "REJECTED"));
            }
        }
        deliver("acts_19_2026-09.csv", regionCorrected);
        collect();
        assertTheStateIsItsDefinition(61, 61);
        assertThat(outcome("1910/26-1")).isEqualTo("WITHDRAWN:2026-09");
        assertThat(outcome("1910/26-9")).isEqualTo("SATISFIED:2026-09");
        assertThat(outcome("1910/26-2")).isEqualTo("REJECTED:2026-10");

        // when the district sends all September again, an act fewer: the act only September held leaves the state
        deliver("acts_1910_2026-09.csv", new StringBuilder(september.toString().replace(
                act("1910/26-60", "2026-09-07", "2026-09-20", "SATISFIED"), "")));
        collect();
        assertTheStateIsItsDefinition(60, 61);
        assertThat(outcome("1910/26-60")).isNull();

        // and a night that brings nothing finds nothing to do
        assertThat(collect()).containsEntry("act", "kept").containsEntry("special_record", "kept")
                .containsEntry("deadlines", "kept");

        // when the day an act's deadline falls on becomes a holiday, its deadline moves to the next working day
        LocalDate day = jdbc.sql("SELECT min(deadline_on) FROM act").query(LocalDate.class).single();
        LocalDate next = jdbc.sql("SELECT min(day) FROM calendar_day WHERE is_working AND day > ?").param(day)
                .query(LocalDate.class).single();
        jdbc.sql("UPDATE calendar_day SET is_working = false, kind = 'HOLIDAY' WHERE day = ?").param(day).update();
        try {
            assertThat(currentState.refresh().get("deadlines")).startsWith("derived ");
            assertThat(jdbc.sql("SELECT count(*) FROM act WHERE deadline_on = ?").param(day).query(Long.class)
                    .single()).isZero();
            assertThat(jdbc.sql("SELECT min(deadline_on) FROM act").query(LocalDate.class).single()).isEqualTo(next);
            assertTheStateIsItsDefinition(60, 61);
        } finally {
            jdbc.sql("UPDATE calendar_day SET is_working = true, kind = 'WORKDAY' WHERE day = ?").param(day).update();
            currentState.refresh();
        }
        assertThat(jdbc.sql("SELECT min(deadline_on) FROM act").query(LocalDate.class).single()).isEqualTo(day);
    }

    @Test
    void rowsWrittenIntoACurrentSubmissionAreTakenInToo() {
        // given rows written straight into a submission that is already current
        long submission = jdbc.sql("""
                INSERT INTO submission (file_path, file_name, size_bytes, sha256, file_modified_at, kind, unit_code,
                                        period, version, status, is_current)
                VALUES ('/x', 'acts_1910_2026-10.csv', 1, repeat('a', 64), now(), 'acts', '1910', DATE '2026-10-01',
                        1, 'LOADED', true)
                RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO act_row (submission_id, row_number, act_id, unit_code, act_type, issued_on, addressee_kind,
                                     addressee, sphere)
                VALUES (?, 2, '1910/26-1', '1910', 'SUBMISSION', DATE '2026-10-01', 'STATE_BODY', 'Акимат', 'OTHER')""")
                .param(submission).update();

        // when
        assertThat(currentState.refresh()).containsEntry("deadlines", "derived 1");

        // then the act is in the state, with the deadline of a submission: 30 calendar days, 31.10 a Saturday
        assertTheStateIsItsDefinition(1, 0);
        assertThat(jdbc.sql("SELECT deadline_on FROM act").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 11, 2));

        // and when they are removed again, so is the act
        jdbc.sql("DELETE FROM act_row WHERE submission_id = ?").param(submission).update();
        assertTheStateIsItsDefinition(0, 0);
    }

    @Test
    void anActMovedToAnotherUnitIsFoundThereByLaterVersions() {
        // given a region's October register of ten acts, one of them then moved to a district by hand
        MonthData data = new MonthData(jdbc);
        long october = data.submission("acts", "19", "2026-10-01");
        for (int i = 1; i <= 10; i++) {
            data.act(october, i + 1, "19/26-" + i, "PROTEST", "2026-10-01", null, null, "2026-10-20", "SATISFIED",
                    null);
        }
        currentState.refresh();
        jdbc.sql("UPDATE act_row SET unit_code = '1910' WHERE act_id = '19/26-1'").update();

        // when the district sends September with an older version of that act
        long september = data.submission("acts", "1910", "2026-09-01");
        data.act(september, 2, "19/26-1", "PROTEST", "2026-09-01", null, null, null, null, null);
        currentState.refresh();

        // then its versions are found by its key, wherever they are, and October's version stays
        assertTheStateIsItsDefinition(10, 0);
        assertThat(outcome("19/26-1")).isEqualTo("SATISFIED:2026-10");
    }

    @Test
    void aRecordRenumberedByHandIsFoundThereByLaterVersions() {
        // given October's extracts of two regions, each of its own numbers, and a record of the first renumbered
        // by hand into the second's numbers
        MonthData data = new MonthData(jdbc);
        long region19 = data.submission("records", "19", "2026-10-01");
        long region75 = data.submission("records", "75", "2026-10-01");
        for (int i = 1; i <= 10; i++) {
            data.record(region19, i + 1, "19-%04d".formatted(i), "1910", "SENT_TO_COURT", "2026-10-05");
            data.record(region75, i + 1, "75-%04d".formatted(i), "7510", "SENT_TO_COURT", "2026-10-05");
        }
        currentState.refresh();
        jdbc.sql("UPDATE record_row SET record_id = '75-9999' WHERE record_id = '19-0001'").update();

        // when a district of the second region sends September with an older version of that record
        long september = data.submission("records", "7510", "2026-09-01");
        data.record(september, 2, "75-9999", "7510", "INVESTIGATION", null);
        currentState.refresh();

        // then October's version stays
        assertTheStateIsItsDefinition(0, 20);
        assertThat(jdbc.sql("SELECT status FROM special_record WHERE record_id = '75-9999'").query(String.class)
                .single()).isEqualTo("SENT_TO_COURT");
    }

    @Test
    void termRulesInForceOnTheSameDayAreRefused() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO term_rule (act_type, valid_from, term, term_unit, legal_basis)
                VALUES ('PROTEST', DATE '2026-01-01', 15, 'CALENDAR_DAYS', 'test')""").update())
                .hasMessageContaining("two term rules of PROTEST for addressee kind * are in force on 2026-01-01");
    }

    /**
     * The state holds the latest version of each act and record among the current submissions, as the spec says
     * (the latest month, then the latest submission, then the last row), and nothing else.
     */
    private void assertTheStateIsItsDefinition(int acts, int records) {
        assertThat(jdbc.sql("SELECT count(*) FROM act").query(Long.class).single()).isEqualTo(acts);
        assertThat(jdbc.sql("SELECT count(*) FROM special_record").query(Long.class).single()).isEqualTo(records);
        assertThat(differences("act", "act_row", "r.unit_code, r.act_id")).as("acts unlike their definition").isZero();
        assertThat(differences("special_record", "record_row", "r.record_id")).as("records unlike their definition")
                .isZero();
    }

    /** Versions the view holds that the definition does not select, and the other way round. */
    private long differences(String view, String history, String key) {
        return jdbc.sql("""
                WITH defined AS (
                    SELECT DISTINCT ON (%3$s) r.submission_id, r.row_number FROM %2$s r
                    JOIN submission s ON s.id = r.submission_id AND s.is_current
                    ORDER BY %3$s, s.period DESC, r.submission_id DESC, r.row_number DESC
                ), held AS (SELECT submission_id, row_number FROM %1$s)
                SELECT count(*) FROM ((SELECT * FROM held EXCEPT ALL SELECT * FROM defined)
                                      UNION ALL (SELECT * FROM defined EXCEPT ALL SELECT * FROM held)) d"""
                .formatted(view, history, key)).query(Long.class).single();
    }

    private String outcome(String actId) {
        return jdbc.sql("SELECT outcome || ':' || to_char(period, 'YYYY-MM') FROM act WHERE act_id = ?").param(actId)
                .query(String.class).optional().orElse(null);
    }

    private static String act(String id, String issued, String considered, String outcome) {
        return String.join(";", id, "1910", "PROTEST", issued, "STATE_BODY", "Акимат", "OTHER", considered, outcome) + "\n";
    }

    private static String record(String id, String status, String decided) {
        return String.join(";", id, "1910", "2026-09-01", "188-2", "MINOR", status, decided) + "\n";
    }

    /** A file as a unit delivers it: a later delivery of the same name is a correction. */
    private void deliver(String name, CharSequence content) throws IOException {
        Path night = Files.createDirectories(inbox.resolve(delivered.toString().substring(0, 10)));
        Path file = Files.writeString(night.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(delivered));
        delivered = delivered.plusSeconds(3600);
    }

    /** One night's collection, and what its last step did to each table of the current state. */
    private Map<String, String> collect() throws Exception {
        var execution = jobs.startJob(new JobParametersBuilder(jobs.getUniqueJobParameters())
                .addString("inbox", inbox.toString()).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var refreshed = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("refreshCurrentStateStep")).findFirst().orElseThrow()
                .getExecutionContext();
        return Map.of("act", refreshed.getString("act"), "special_record", refreshed.getString("special_record"),
                "deadlines", refreshed.getString("deadlines"));
    }
}
