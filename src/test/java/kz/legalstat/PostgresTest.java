package kz.legalstat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests against a real PostgreSQL: the database named by LEGALSTAT_TEST_DATABASE_URL (what .ci/run creates),
 * else {@code legalstat_test} on localhost:5432, created when missing. Every test starts from empty data
 * tables and no administrator's rule changes; the schema and the reference data stay as the migrations made them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Tag("integration") // inherited: every test over the database runs in `./mvnw verify`, not in the unit lane
public abstract class PostgresTest {

    public static final String URL = System.getenv().getOrDefault("LEGALSTAT_TEST_DATABASE_URL",
            "jdbc:postgresql://localhost:5432/legalstat_test");
    public static final String USER = System.getenv().getOrDefault("LEGALSTAT_TEST_DATABASE_USER", "postgres");

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        createIfMissing();
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("LEGALSTAT_TEST_DATABASE_PASSWORD", ""));
    }

    private static void createIfMissing() throws SQLException {
        String name = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String server = URL.substring(0, URL.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER,
                System.getenv().getOrDefault("LEGALSTAT_TEST_DATABASE_PASSWORD", ""))) {
            try (var rs = admin.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    admin.createStatement().execute("CREATE DATABASE " + name);
                }
            }
        }
    }

    /** Empties every data table; the schema and the reference data stay as the migrations made them. */
    public static final String EMPTY_DATA_TABLES = "TRUNCATE finding, quality_run, report_export, submission_issue, "
            + "sign_in_failure, "
            + "act_row, record_row, form_row, submission, quality_rule_change RESTART IDENTITY CASCADE";

    @BeforeEach
    protected void emptyDataTables() {
        jdbc.sql(EMPTY_DATA_TABLES).update();
    }
}
