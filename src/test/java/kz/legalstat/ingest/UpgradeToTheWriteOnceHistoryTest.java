package kz.legalstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.legalstat.PostgresTest;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database kept by the releases before V26 (the current state a second copy of the history) upgraded to the
 * history that is the state: what reports and rules read is the same before and after, acts, records and statuses,
 * for a history with a correction, an act sent by a region and by its district, and a record whose number recurs.
 * Built in a schema of its own, from the migrations up to V25 only, then migrated as a release finds it.
 */
@org.junit.jupiter.api.Tag("integration")
class UpgradeToTheWriteOnceHistoryTest {

    private static final String SCHEMA = "upgrade_from_v25";
    private static final String ACTS = """
            SELECT submission_id, row_number, file_name, period, act_id, unit_code, region_code, act_type, issued_on,
                   term_days, considered_on, outcome, rule_found, term_rule_id, term_start_on, term, term_unit,
                   term_bound, term_last_on, deadline_on, report_term, report_term_unit, report_last_on,
                   report_deadline_on, deadline_provisional
            FROM act ORDER BY unit_code, act_id""";

    private final SingleConnectionDataSource database = new SingleConnectionDataSource(PostgresTest.URL,
            PostgresTest.USER, System.getenv().getOrDefault("LEGALSTAT_TEST_DATABASE_PASSWORD", ""), true);
    private final JdbcClient jdbc = JdbcClient.create(database);

    @TempDir
    Path before;

    @AfterEach
    void dropTheSchema() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        database.destroy();
    }

    @Test
    void reportsReadTheSameStateAfterTheUpgrade() throws IOException {
        // given a database of V25, its state filled from a history
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        for (Resource migration : new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/V*.sql")) {
            int version = Integer.parseInt(migration.getFilename().replaceAll("^V(\\d+)__.*", "$1"));
            if (version <= 25) {
                Files.write(before.resolve(migration.getFilename()), migration.getContentAsByteArray());
            }
        }
        flyway("filesystem:" + before).migrate();
        jdbc.sql("SET search_path = " + SCHEMA).update();
        jdbc.sql("""
                INSERT INTO submission (id, file_path, file_name, size_bytes, sha256, file_modified_at, kind, unit_code,
                                        period, version, status, is_current) VALUES
                (1, '/a', 'acts_1910_2026-09.csv', 1, repeat('a', 64), now(), 'acts', '1910', '2026-09-01', 1, 'LOADED', true),
                (2, '/b', 'acts_1910_2026-10.csv', 1, repeat('b', 64), now(), 'acts', '1910', '2026-10-01', 1, 'LOADED', false),
                (3, '/c', 'acts_1910_2026-10.csv', 1, repeat('c', 64), now(), 'acts', '1910', '2026-10-01', 2, 'LOADED', true),
                (4, '/d', 'acts_19_2026-09.csv', 1, repeat('d', 64), now(), 'acts', '19', '2026-09-01', 1, 'LOADED', true),
                (5, '/e', 'records_19_2026-09.csv', 1, repeat('e', 64), now(), 'records', '19', '2026-09-01', 1, 'LOADED', true),
                (6, '/f', 'records_1920_2026-10.csv', 1, repeat('f', 64), now(), 'records', '1920', '2026-10-01', 1, 'LOADED', true)
                """).update();
        jdbc.sql("""
                INSERT INTO act_row (submission_id, row_number, act_id, unit_code, act_type, issued_on, addressee_kind,
                                     addressee, sphere, received_on, term_days, considered_on, outcome) VALUES
                (1, 2, 'A-1', '1910', 'PROTEST', '2026-09-01', 'STATE_BODY', 'x', 'OTHER', NULL, NULL, NULL, NULL),
                (1, 3, 'A-2', '1910', 'SUBMISSION', '2026-09-02', 'STATE_BODY', 'x', 'OTHER', '2026-09-03', 20, NULL, NULL),
                (1, 4, 'A-3', '1910', 'PROTEST', '2026-09-03', 'COURT', 'x', 'OTHER', NULL, NULL, NULL, NULL),
                (2, 2, 'A-1', '1910', 'PROTEST', '2026-09-01', 'STATE_BODY', 'x', 'OTHER', NULL, NULL, '2026-10-05', 'SATISFIED'),
                (2, 3, 'A-2', '1910', 'SUBMISSION', '2026-09-02', 'STATE_BODY', 'x', 'OTHER', '2026-09-03', 20, '2026-10-06', 'REJECTED'),
                (3, 2, 'A-2', '1910', 'SUBMISSION', '2026-09-02', 'STATE_BODY', 'x', 'OTHER', '2026-09-03', 45, '2026-10-07', 'SATISFIED'),
                (3, 3, 'A-4', '1910', 'DEMAND', '2026-10-02', 'OFFICIAL', 'x', 'OTHER', NULL, 5, NULL, NULL),
                (4, 2, 'A-3', '1910', 'PROTEST', '2026-09-03', 'COURT', 'x', 'OTHER', NULL, NULL, '2026-09-20', 'WITHDRAWN'),
                (4, 3, 'A-5', '1910', 'WARNING', '2026-09-04', 'STATE_BODY', 'x', 'OTHER', NULL, NULL, NULL, NULL)
                """).update();
        jdbc.sql("""
                INSERT INTO record_row (submission_id, row_number, record_id, unit_code, registered_on, article, category,
                                        status, decided_on) VALUES
                (5, 2, 'R-1', '1910', '2026-09-01', '188', 'MINOR', 'INVESTIGATION', NULL),
                (5, 3, 'R-2', '1910', '2026-09-01', '188', 'MINOR', 'INVESTIGATION', NULL),
                (6, 2, 'R-1', '1920', '2026-09-01', '188', 'MINOR', 'SENT_TO_COURT', '2026-10-02')
                """).update();
        jdbc.sql("SELECT current_state_update('act'), current_state_update('special_record')").query().listOfRows();
        List<String> acts = rows(ACTS);
        List<String> records = rows("SELECT * FROM special_record ORDER BY record_id");
        List<String> statuses = rows("SELECT * FROM act_status('2026-01-01', '2026-12-31', '2026-11-15') "
                + "ORDER BY unit_code, act_id");
        // the history worked out by hand: the October correction's A-2, A-1 back to September (the correction
        // dropped it), the region's A-3 (its September file came after the district's), R-1 moved to 1920
        assertThat(acts).extracting(row -> row.split("\\|")[4] + "@" + row.split("\\|")[0])
                .containsExactly("A-1@1", "A-2@3", "A-3@4", "A-4@3", "A-5@4");
        assertThat(records).hasSize(2).first().asString().contains("R-1|1920");

        // when a release with V26 finds it
        jdbc.sql("RESET search_path").update();
        flyway("classpath:db/migration").migrate();
        jdbc.sql("SET search_path = " + SCHEMA).update();

        // then the state is the history, read the same
        assertThat(jdbc.sql("SELECT relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = ? AND relname = 'act'").param(SCHEMA).query(String.class).single()).isEqualTo("v");
        assertThat(rows(ACTS)).isEqualTo(acts);
        assertThat(rows("SELECT * FROM special_record ORDER BY record_id")).isEqualTo(records);
        assertThat(rows("SELECT * FROM act_status('2026-01-01', '2026-12-31', '2026-11-15') ORDER BY unit_code, act_id"))
                .isEqualTo(statuses);
    }

    private Flyway flyway(String location) {
        return Flyway.configure().dataSource(database).schemas(SCHEMA).locations(location).load();
    }

    /** Each row as its columns' text joined by {@code |}. */
    private List<String> rows(String query) {
        return jdbc.sql(query).query((rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            return row.toString();
        }).list();
    }
}
