package kz.legalstat.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import kz.legalstat.MonthData;
import kz.legalstat.PostgresTest;
import kz.legalstat.account.Accounts;
import kz.legalstat.account.Role;
import kz.legalstat.ingest.CurrentState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web interface served on a random port over a real PostgreSQL, with four accounts: an analyst, a regional
 * analyst of region 19 (Almaty region), an operator and an administrator; and October 2026 acts of two regions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebTest extends PostgresTest {

    static final String PASSWORD = "correct horse battery";
    static final String OWN_REGION = "19";
    static final String OTHER_REGION = "75";

    /**
     * The web tests share one application context, made for the first of them: a folder of that class's own
     * (a static @TempDir) would be deleted under the context when the class ends, and health would report it missing.
     */
    static final Path EXPORTS_DIR = Path.of("target", "web-test-exports").toAbsolutePath();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    CurrentState currentState;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void exports(DynamicPropertyRegistry registry) {
        registry.add("legalstat.report.exports-dir", () -> {
            try {
                return Files.createDirectories(EXPORTS_DIR).toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @BeforeEach
    void accountsAndData() {
        jdbc.sql("TRUNCATE export_request, app_user, sign_in_failure").update();
        accounts.save("analyst", PASSWORD, Role.ANALYST, null);
        accounts.save("almaty", PASSWORD, Role.REGIONAL_ANALYST, OWN_REGION);
        accounts.save("operator", PASSWORD, Role.OPERATOR, null);
        accounts.save("admin", PASSWORD, Role.ADMIN, null);
        MonthData data = new MonthData(jdbc);
        long own = data.submission("acts", "1910", "2026-10-01");
        data.act(own, 2, "1910/26-1", "PROTEST", "2026-10-01", "2026-10-01", null, null, null, null);
        data.act(own, 3, "1910/26-2", "WARNING", "2026-10-02", null, null, null, null, null);
        long other = data.submission("acts", "7510", "2026-10-01");
        data.act(other, 2, "7510/26-1", "PROTEST", "2026-10-03", "2026-10-03", null, null, null, null);
        currentState.refresh();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpRequest.Builder as(String user, String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(as(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String user, String path, String json) throws IOException, InterruptedException {
        return http.send(as(user, path).header("Content-Type", "application/json")
                .header("Accept-Language", "ru").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
