package kz.legalstat.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the database as {@code docs/cli.md} says: the one configured through the standard Spring Boot
 * settings; else an embedded PostgreSQL kept under {@code ~/.legalstat/}; else, where PostgreSQL will not
 * start (it refuses to run as root), a local server at {@code localhost:5432}.
 */
public final class DatabaseSelector {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSelector.class);
    static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/";
    static final String LOCAL_DATABASE = "legalstat";

    private DatabaseSelector() {
    }

    /**
     * Returns the database to use, or empty when one is configured already. An embedded server, once
     * started, stays up until the returned handle is closed.
     */
    public static Optional<SelectedDatabase> select(Map<String, String> env, String[] springArgs) {
        if (configured(env, springArgs)) {
            return Optional.empty();
        }
        // $HOME, as the shell's ~ means; Java's user.home comes from the password file instead
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".legalstat");
        String embeddedProblem;
        try {
            return Optional.of(startEmbedded(home));
        } catch (IOException | RuntimeException e) {
            embeddedProblem = rootCause(e);
            log.info("Embedded PostgreSQL did not start ({}); trying a local server at localhost:5432", embeddedProblem);
        }
        try {
            return Optional.of(useLocalServer(env));
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(home.toString(), embeddedProblem, localUser(env), e.getMessage());
        }
    }

    static boolean configured(Map<String, String> env, String[] springArgs) {
        if (env.get("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
            return true;
        }
        for (String arg : springArgs) {
            if (arg.startsWith("--spring.datasource.url=")) {
                return true;
            }
        }
        return false;
    }

    private static SelectedDatabase startEmbedded(Path home) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("running as root");
        }
        Path data = home.resolve("pgdata");
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start();
        log.info("Using the embedded PostgreSQL in {}", data);
        return new SelectedDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
    }

    private static SelectedDatabase useLocalServer(Map<String, String> env) throws SQLException {
        String user = localUser(env);
        try (Connection admin = DriverManager.getConnection(LOCAL_URL + "postgres", user, "")) {
            boolean exists;
            try (var rs = admin.createStatement().executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + LOCAL_DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                admin.createStatement().execute("CREATE DATABASE " + LOCAL_DATABASE);
                log.info("Created database {} on localhost:5432", LOCAL_DATABASE);
            }
        }
        log.info("Using the local PostgreSQL at localhost:5432, database {}", LOCAL_DATABASE);
        return new SelectedDatabase(LOCAL_URL + LOCAL_DATABASE, user, "", null);
    }

    private static String localUser(Map<String, String> env) {
        return env.getOrDefault("PGUSER", "postgres");
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        // "AccessDeniedException: /nonexistent" says what a bare "/nonexistent" does not
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
