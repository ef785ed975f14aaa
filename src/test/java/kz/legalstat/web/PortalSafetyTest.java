package kz.legalstat.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.legalstat.account.InvalidAccountException;
import kz.legalstat.account.Role;
import kz.legalstat.reference.OfficeTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the portal refuses and how: password guessing, huge or unknown input, days to come, server paths, locking the
 * office out of its own administration, stale sessions and requests Tomcat cannot read. Each refusal says why, in
 * the person's language, and nothing stored changes.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortalSafetyTest extends WebTest {

    @Test
    void tenWrongPasswordsInFifteenMinutesLockTheAccountOnThePageAndTheApiButNoOtherAccount() throws Exception {
        // given: ten wrong passwords for "operator", five through the sign-in page and five through the API
        for (int i = 0; i < 5; i++) {
            assertThat(signInOnThePage("operator", "wrong password").statusCode()).isEqualTo(302);
            assertThat(apiWithPassword("operator", "wrong password").statusCode()).isEqualTo(401);
        }

        // when: the right password comes at once, on the page and through the API
        HttpResponse<String> page = signInOnThePage("operator", PASSWORD);
        HttpResponse<String> api = apiWithPassword("operator", PASSWORD);

        // then: both are refused with 429 and how long to wait (the window is 15 minutes: at most 900 s)
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Слишком много неверных паролей подряд", "15 мин");
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.body()).contains("\"code\":\"sign-in-throttled\"");
        for (var answer : java.util.List.of(page, api)) {
            long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(850L, 900L);
        }
        // other accounts are not affected
        assertThat(apiWithPassword("analyst", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(signInOnThePage("analyst", PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void nineWrongPasswordsThenTheRightOneSignInAndStartTheCountAgain() throws Exception {
        for (int i = 0; i < 9; i++) {
            apiWithPassword("operator", "wrong password");
        }
        assertThat(apiWithPassword("operator", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE username = 'operator'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aLongValueIsEchoedAtMostAHundredCharactersLong() throws Exception {
        String tenThousand = "x".repeat(10_000);

        var answer = postJson("analyst", "/api/v1/exports",
                "{\"report\": \"" + tenThousand + "\", \"period\": \"2026-10\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("«" + "x".repeat(100) + "…»").doesNotContain("x".repeat(101));
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedWhetherItsLengthIsGivenOrNot() throws Exception {
        String fiveMegabytes = "{\"report\": \"" + "x".repeat(5_000_000) + "\"}";

        var declared = postJson("analyst", "/api/v1/exports", fiveMegabytes);
        var chunked = http.send(as("analyst", "/api/v1/exports").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        fiveMegabytes.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());

        for (var answer : java.util.List.of(declared, chunked)) {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"code\":\"too-large\"", "64 КБ").hasSizeLessThan(1000);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single()).isZero();
    }

    @Test
    void aFieldTheCallDoesNotKnowIsRefusedByName() throws Exception {
        // "lang" is not the order's word: it used to be ignored, and a Russian report came back
        var answer = postJson("analyst", "/api/v1/exports", """
                {"report": "supervision-acts", "period": "2026-10", "lang": "kk"}""");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"unknown-field\"", "«lang»",
                "asOf, language, period, region, report");
        assertThat(jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single()).isZero();
    }

    @Test
    void aStatusOnADayToComeIsRefusedOnTheApiAndThePages() throws Exception {
        LocalDate tomorrow = OfficeTime.today().plusDays(1);

        var api = postJson("analyst", "/api/v1/exports", "{\"report\": \"overdue-acts\", \"period\": \""
                + OfficeTime.currentMonth() + "\", \"asOf\": \"" + tomorrow + "\"}");
        var act = get("analyst", "/act?unit=1910&id=1910/26-1&asOf=" + tomorrow);

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("\"code\":\"as-of-future\"");
        assertThat(act.statusCode()).isEqualTo(400);
        assertThat(act.body()).contains("ещё не наступила");
    }

    @Test
    void serverPathsAreShownToOperatorsOnly() throws Exception {
        // given: a written report in the catalogue
        jdbc.sql("""
                INSERT INTO report_export (report_name, period, lang, region_code, as_of, file_path, sha256, row_counts,
                                           requested_by)
                VALUES ('supervision-acts', DATE '2026-10-01', 'ru', NULL, DATE '2026-10-31',
                        '/srv/legalstat/exports/1_supervision-acts_2026-10_ru.xlsx', 'ab', '{"by-region": 20}', 'x')""")
                .update();

        // then: the analyst sees the file by its name in words, the operator also where it is
        assertThat(get("analyst", "/api/v1/catalogue").body()).doesNotContain("/srv/legalstat")
                .contains("\"fileName\":\"Акты надзора, январь–октябрь 2026, ru.xlsx\"", "\"rows\":{\"by-region\":20}");
        assertThat(get("operator", "/api/v1/catalogue").body())
                .contains("\"serverPath\":\"/srv/legalstat/exports/1_supervision-acts_2026-10_ru.xlsx\"");
    }

    @Test
    void noAdministratorDisablesTheirOwnAccountOrTheLastAdministratorAndDisablingAsksFirst() throws Exception {
        // the last administrator, whoever asks
        assertThatThrownBy(() -> accounts.setEnabled("admin", false, "someone"))
                .isInstanceOf(InvalidAccountException.class).hasMessage("account.invalid.last-admin");
        assertThatThrownBy(() -> accounts.save("admin", PASSWORD + "!", Role.ANALYST, null))
                .isInstanceOf(InvalidAccountException.class).hasMessage("account.invalid.last-admin");
        // their own account, even with another administrator
        accounts.save("admin2", PASSWORD, Role.ADMIN, null);
        assertThatThrownBy(() -> accounts.setEnabled("admin", false, "admin"))
                .isInstanceOf(InvalidAccountException.class).hasMessage("account.invalid.self-disable");

        // on the page: the first post asks, only the confirmed one disables
        Session admin = Session.signedIn(this, "admin");
        var asked = admin.post("/admin/users/analyst/enabled", "enabled=false");
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/admin#users");
        assertThat(admin.get("/admin").body()).contains("id=\"confirm-disable\"", "Отключить учётную запись «analyst»?");
        assertThat(accounts.find("analyst").orElseThrow().enabled()).isTrue();
        admin.post("/admin/users/analyst/enabled", "enabled=false&confirmed=true");
        assertThat(admin.get("/admin").body()).contains("Учётная запись analyst сохранена");
        assertThat(accounts.find("analyst").orElseThrow().enabled()).isFalse();
        // and their own account is refused beside the accounts, saying why
        admin.post("/admin/users/admin/enabled", "enabled=false&confirmed=true");
        assertThat(admin.get("/admin").body()).contains("id=\"account-problem\"", "Свою учётную запись отключить нельзя");
        assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void anExpiredSessionOrAMissingTokenSendsThePersonToSignInAgainSayingWhy() throws Exception {
        var stale = http.send(HttpRequest.newBuilder(URI.create(url("/reports")))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF").GET().build(), HttpResponse.BodyHandlers.ofString());
        Session analyst = Session.signedIn(this, "analyst");
        var tokenless = analyst.postWithoutToken("/reports", "report=supervision-acts&period=2026-10");

        for (var answer : java.util.List.of(stale, tokenless)) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        }
        assertThat(analyst.get("/login?expired").body()).contains("Сеанс истёк или страница устарела");
        assertThat(jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single()).isZero();
    }

    @Test
    void aRequestTomcatCannotReadGetsTheApplicationsBilingualPage() throws Exception {
        for (String request : java.util.List.of("GET /reports?a=|{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /login HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n")) {
            String answer = raw(request);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("Запрос не выполнен", "Сұрау орындалмады")
                    .doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
        }
        // a form over the limit gets the application's own page, in the person's language
        Session analyst = Session.signedIn(this, "analyst");
        var tooLarge = analyst.post("/reports", "report=" + "x".repeat(70_000));
        assertThat(tooLarge.statusCode()).as(tooLarge.headers().map().toString()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Запрос слишком велик");
    }

    @Test
    void everyErrorPageLeadsOnWithThePagesHeader() throws Exception {
        Session analyst = Session.signedIn(this, "analyst");

        // an address that leads nowhere (Boot's error page), a refusal of the application's own (its problem page),
        // and the page of a form over the limit
        var nowhere = analyst.get("/no-such-page");
        var refused = analyst.get("/exports/987654");
        var tooLarge = analyst.post("/reports", "report=" + "x".repeat(70_000));

        for (var page : java.util.List.of(nowhere, refused, tooLarge)) {
            assertThat(page.statusCode()).isIn(404, 413);
            assertThat(page.body()).as(page.uri().toString())
                    .contains("href=\"/reports\"", "href=\"/exports\"", "href=\"/quality\"", "id=\"lang-kk\"",
                            "<span id=\"signed-in\">analyst</span>", "href=\"#main\"", "<main id=\"main\">");
        }
        // the other language tells the same refusal: the address asked for again; after a form, the home page
        assertThat(nowhere.body()).contains("href=\"/no-such-page?lang=kk\"");
        assertThat(refused.body()).contains("href=\"/exports/987654?lang=kk\"");
        assertThat(tooLarge.body()).contains("href=\"/?lang=kk\"");
        // a page asked for in Kazakh by someone not signed in: the sign-in page it sends them to is in Kazakh
        Session stranger = Session.anonymous(this);
        assertThat(stranger.get("/quality?lang=kk").statusCode()).isEqualTo(302);
        assertThat(stranger.get("/login").body()).contains("<html lang=\"kk\"");
        // and to no one signed in, the way to sign in
        var anonymous = Session.anonymous(this).postWithoutToken("/reports", "report=" + "x".repeat(70_000));
        assertThat(anonymous.body()).contains("href=\"/login\"").doesNotContain("signed-in");
    }

    @Test
    void anExportBeingWrittenShowsNoTableYetAndSaysNothingOfItsSize() throws Exception {
        long id = jdbc.sql("""
                INSERT INTO export_request (requested_by, report_name, period, lang, status)
                VALUES ('analyst', 'overdue-acts', DATE '2026-10-01', 'ru', 'RUNNING') RETURNING id""")
                .query(Long.class).single();

        var page = get("analyst", "/exports/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("формируется").doesNotContain("id=\"report-table\"")
                .doesNotContain("Таблицу этого отчёта на странице не показать");
    }

    @Test
    void aUnitsFindingsDownloadLogsNoError(CapturedOutput output) throws Exception {
        var csv = get("analyst", "/quality/findings.csv?period=2026-10&unit=1910");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Stream closed");
    }

    private HttpResponse<String> apiWithPassword(String user, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/reports"))).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signInOnThePage(String user, String password) throws Exception {
        Session session = Session.anonymous(this);
        return session.post("/login", "username=" + user + "&password=" + java.net.URLEncoder.encode(password,
                StandardCharsets.UTF_8));
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A browser's session on the pages: its cookie and the form token of the last page read. */
    static final class Session {

        private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final WebTest test;
        private final HttpClient client;
        private String token;

        private Session(WebTest test) {
            this.test = test;
            // HTTP/1.1 with the form's length, as a browser posts a form
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        static Session anonymous(WebTest test) throws Exception {
            Session session = new Session(test);
            session.get("/login");
            return session;
        }

        static Session signedIn(WebTest test, String user) throws Exception {
            Session session = anonymous(test);
            var answer = session.post("/login", "username=" + user + "&password="
                    + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
            assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            session.get("/");
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            var answer = client.send(HttpRequest.newBuilder(URI.create(test.url(path))).header("Accept-Language", "ru")
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN.matcher(answer.body());
            if (m.find()) {
                token = m.group(1);
            }
            return answer;
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return postWithoutToken(path, form + "&_csrf=" + token);
        }

        HttpResponse<String> postWithoutToken(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(test.url(path))).header("Accept-Language", "ru")
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
