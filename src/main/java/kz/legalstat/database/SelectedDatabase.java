package kz.legalstat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The database chosen for this run; closing it stops an embedded server. */
public record SelectedDatabase(String url, String username, String password, EmbeddedPostgres embedded)
        implements AutoCloseable {

    /** The Spring Boot settings that point the application at this database. */
    public Map<String, Object> properties() {
        return Map.of("spring.datasource.url", url,
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
