package kz.legalstat.web;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.legalstat.account.Role;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The API and the pages: exports end to end, regions enforced on every id, bad requests answered in words. */
class WebAccessTest extends WebTest {

    @Test
    void analystExportsThroughTheApiAndTheWorkbookHoldsTheDatabaseCounts() throws Exception {
        // when
        long id = exportAndWait("analyst", """
                {"report": "supervision-acts", "period": "2026-10", "language": "ru"}""");
        HttpResponse<InputStream> file = http.send(as("analyst", "/api/v1/exports/" + id + "/file").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());

        // then
        assertThat(file.statusCode()).isEqualTo(200);
        // the file is named in words, in the report's language
        assertThat(java.net.URLDecoder.decode(file.headers().firstValue("Content-Disposition").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Акты надзора, январь–октябрь 2026, ru.xlsx");
        try (var workbook = new XSSFWorkbook(file.body())) {
            Sheet byRegion = workbook.getSheetAt(0);
            assertThat(issued(byRegion, "Алматинская область")).isEqualTo(countIssued("19"));
            assertThat(issued(byRegion, "город Алматы")).isEqualTo(countIssued("75"));
        }
        assertThat(jdbc.sql("SELECT requested_by FROM report_export").query(String.class).single()).isEqualTo("analyst");
        // once written, the export still tells all its rows: the 20 regions and 8 act types of the two tables
        assertThat(get("analyst", "/api/v1/exports/" + id).body()).contains("\"rowsWritten\":28", "\"percent\":100");
    }

    @Test
    void regionalAnalystGetsOwnRegionAndIsRefusedAnyOther() throws Exception {
        // given: a republic report and another region's report, exported by the analyst
        long republic = exportAndWait("analyst", """
                {"report": "supervision-acts", "period": "2026-10", "language": "kk"}""");
        long other = exportAndWait("analyst", """
                {"report": "overdue-acts", "period": "2026-10", "language": "ru", "region": "75"}""");
        long republicFile = exportId(republic);

        // when / then: asking for another region is refused, with the reason
        var refused = postJson("almaty", "/api/v1/exports", """
                {"report": "supervision-acts", "period": "2026-10", "language": "ru", "region": "75"}""");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("region-forbidden").contains("75").contains("19");

        // no region means the own region, never the republic
        long own = exportAndWait("almaty", """
                {"report": "supervision-acts", "period": "2026-10", "language": "ru"}""");
        assertThat(get("almaty", "/api/v1/exports/" + own).body()).contains("\"region\":\"19\"");

        // someone else's file, by request id or by catalogue id, answers as an id that does not exist
        assertThat(get("almaty", "/api/v1/exports/" + other + "/file").statusCode()).isEqualTo(404);
        assertThat(get("almaty", "/api/v1/catalogue/" + republicFile + "/file").statusCode()).isEqualTo(404);
        assertThat(get("almaty", "/files/" + republicFile).statusCode()).isEqualTo(404);
        assertThat(withoutId(get("almaty", "/files/" + republicFile).body(), republicFile))
                .isEqualTo(withoutId(get("almaty", "/files/987654").body(), 987654));
        assertThat(withoutId(get("almaty", "/api/v1/exports/" + other).body(), other))
                .isEqualTo(withoutId(get("almaty", "/api/v1/exports/987654").body(), 987654));
        assertThat(get("almaty", "/files/" + exportId(own)).statusCode()).isEqualTo(200);
        // and the catalogue shows only the own region
        assertThat(get("almaty", "/api/v1/catalogue").body()).contains("\"region\":\"19\"")
                .doesNotContain("\"region\":\"75\"").doesNotContain("\"region\":null");
        // findings and completeness of another region
        assertThat(get("almaty", "/api/v1/quality/2026-10/completeness?region=75").statusCode()).isEqualTo(403);
        assertThat(get("almaty", "/quality/findings.csv?period=2026-10&unit=7510").statusCode()).isEqualTo(403);
    }

    @Test
    void aRegionsUnitsOpenedOnARepublicExportAreWrittenOnceAsOfItsDayAndKeptOutOfTheHistory() throws Exception {
        // given: a republic export, written, and its page open in two analysts' sessions
        long republic = exportAndWait("analyst", """
                {"report": "supervision-acts", "period": "2026-10", "language": "ru"}""");
        var analyst = PortalSafetyTest.Session.signedIn(this, "analyst");
        analyst.get("/exports/" + republic);
        accounts.save("analyst2", PASSWORD, Role.ANALYST, null);
        var another = PortalSafetyTest.Session.signedIn(this, "analyst2");
        another.get("/exports/" + republic);

        // when: Almaty region's row is opened, then again, and by the other analyst
        long opened = openedExport(analyst.post("/exports/" + republic + "/units", "region=19"));
        long again = openedExport(analyst.post("/exports/" + republic + "/units", "region=19"));
        long byAnother = openedExport(another.post("/exports/" + republic + "/units", "region=19"));

        // then: one export of the region by unit, as of the republic file's day
        assertThat(again).isEqualTo(opened);
        assertThat(byAnother).isEqualTo(opened);
        assertThat(jdbc.sql("SELECT count(*) FROM export_request WHERE opened_from = ?").param(republic)
                .query(Long.class).single()).isEqualTo(1);
        String status = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("analyst", "/api/v1/exports/" + opened).body(), body -> body.contains("READY"));
        assertThat(status).contains("\"region\":\"19\"");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM report_export u, report_export r
                WHERE u.id = ? AND r.id = ? AND u.as_of = r.as_of AND u.region_code = '19'""")
                .params(exportId(opened), exportId(republic)).query(Long.class).single()).isEqualTo(1);
        // and the history and the analyst's latest exports list the republic's file, not the opened row's
        String history = analyst.get("/exports").body();
        assertThat(history).contains("/files/" + exportId(republic) + "\"")
                .doesNotContain("/files/" + exportId(opened) + "\"");
        assertThat(analyst.get("/").body()).contains("/exports/" + republic + "\"")
                .doesNotContain("/exports/" + opened + "\"");

        // a region's units open on a republic export only, and a code that is no region is refused by name
        assertThat(analyst.post("/exports/" + opened + "/units", "region=19").statusCode()).isEqualTo(409);
        assertThat(analyst.post("/exports/" + republic + "/units", "region=1910").body())
                .contains("Региона с кодом «1910» нет в справочнике");
    }

    @Test
    void aDataQualityExportsPageShowsItsFindingsAsAListWithNoTotalUnitsOrChart() throws Exception {
        long id = exportAndWait("analyst", """
                {"report": "data-quality", "period": "2026-10", "language": "ru"}""");
        var analyst = PortalSafetyTest.Session.signedIn(this, "analyst");

        String page = analyst.get("/exports/" + id).body();

        // its first table lists findings (or says it has none): not regions, so no units to open, no total, no chart
        assertThat(page).containsAnyOf("id=\"on-page-table\"", "id=\"table-empty\"")
                .doesNotContain("units-open").doesNotContain("class=\"total\"").doesNotContain("table-chart")
                .doesNotContain("table-legend");
        assertThat(analyst.post("/exports/" + id + "/units", "region=19").statusCode()).isEqualTo(409);
    }

    private static long openedExport(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/exports/(\\d+)$").matcher(answer.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void badRequestsAreAnsweredWithA4xxAndAMessageNeverAStackTrace() throws Exception {
        String future = YearMonth.now(ZoneId.of("Asia/Almaty")).plusMonths(1).toString();
        var unknownReport = postJson("analyst", "/api/v1/exports", """
                {"report": "../../etc/passwd", "period": "2026-10", "language": "ru"}""");
        var futurePeriod = postJson("analyst", "/api/v1/exports",
                "{\"report\": \"supervision-acts\", \"period\": \"" + future + "\"}");
        var badPeriod = postJson("analyst", "/api/v1/exports", """
                {"report": "supervision-acts", "period": "October"}""");
        var badRegion = postJson("analyst", "/api/v1/exports", """
                {"report": "supervision-acts", "period": "2026-10", "region": "99"}""");
        var tamperedId = get("analyst", "/api/v1/exports/1%20OR%201=1");
        var unknownId = get("analyst", "/api/v1/catalogue/987654/file");
        var traversal = get("analyst", "/files/..%2F..%2Fetc%2Fpasswd");
        var traversalPage = get("analyst", "/files/..;/..;/etc/passwd");

        assertThat(unknownReport.statusCode()).isEqualTo(400);
        assertThat(unknownReport.body()).contains("supervision-acts, overdue-acts");
        assertThat(futurePeriod.statusCode()).isEqualTo(400);
        assertThat(futurePeriod.body()).contains("period-future").contains(future);
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("2026-10");
        assertThat(badRegion.statusCode()).isEqualTo(400);
        assertThat(tamperedId.statusCode()).isEqualTo(400);
        assertThat(unknownId.statusCode()).isEqualTo(404);
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(traversalPage.statusCode()).isBetween(400, 404);
        for (var response : java.util.List.of(unknownReport, futurePeriod, badPeriod, badRegion, tamperedId, unknownId,
                traversal, traversalPage)) {
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single()).isZero();
    }

    @Test
    void everyRefusedApiCallIsAProblemInTheCallersLanguage() throws Exception {
        var noAccount = http.send(HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/runs")))
                .header("Accept-Language", "kk").build(), HttpResponse.BodyHandlers.ofString());
        var wrongRole = postJson("analyst", "/api/v1/runs/1/restart", "");
        var brokenJson = postJson("analyst", "/api/v1/exports", "{\"report\": \"overdue-acts\", \"period\": ");
        var notJson = http.send(as("analyst", "/api/v1/exports").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("overdue-acts 2026-10")).build(),
                HttpResponse.BodyHandlers.ofString());
        var wrongMethod = http.send(as("analyst", "/api/v1/exports/1").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        var noSuchCall = get("analyst", "/api/v1/nothing");
        var noSuchPage = http.send(as("analyst", "/nothing").header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(noAccount.statusCode()).isEqualTo(401);
        assertThat(noAccount.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"LegalStat\"");
        assertThat(noAccount.body()).contains("\"code\":\"unauthenticated\"", "LegalStat тіркелгісі қажет");
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(wrongRole.body()).contains("\"code\":\"role-forbidden\"", "У вашей роли нет доступа к этому запросу");
        assertThat(brokenJson.statusCode()).isEqualTo(400);
        assertThat(brokenJson.body()).contains("\"code\":\"body\"", "не читается как JSON-объект");
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(notJson.body()).contains("\"code\":\"media-type\"", "application/json, а не text/plain");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"code\":\"method\"", "Метод DELETE здесь не поддерживается");
        assertThat(noSuchCall.statusCode()).isEqualTo(404);
        assertThat(noSuchCall.body()).contains("\"code\":\"no-such-call\"", "Запроса /api/v1/nothing в API нет");
        for (var response : java.util.List.of(noAccount, wrongRole, brokenJson, notJson, wrongMethod, noSuchCall)) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        // pages keep their own answer
        assertThat(noSuchPage.statusCode()).isEqualTo(404);
        assertThat(noSuchPage.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    @Test
    void rolesPasswordsAndCsrfAreEnforced() throws Exception {
        // passwords are stored as bcrypt hashes only
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'analyst'").query(String.class).single())
                .startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        // no account, wrong password: 401; a page without a session goes to the sign-in form
        var anonymous = http.send(HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/runs"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var page = http.send(HttpRequest.newBuilder(java.net.URI.create(url("/reports"))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // an analyst may not restart runs nor open administration; an operator may not administer
        assertThat(postJson("analyst", "/api/v1/runs/1/restart", "").statusCode()).isEqualTo(403);
        assertThat(get("analyst", "/admin").statusCode()).isEqualTo(403);
        assertThat(get("operator", "/admin").statusCode()).isEqualTo(403);
        assertThat(get("admin", "/admin").statusCode()).isEqualTo(200);
        assertThat(postJson("operator", "/api/v1/runs/424242/restart", "").statusCode()).isEqualTo(404);
        // a page form posted without the CSRF token is refused: nothing is exported, the person signs in again
        var forged = http.send(as("analyst", "/reports").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("report=supervision-acts&period=2026-10")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(jdbc.sql("SELECT count(*) FROM export_request").query(Long.class).single()).isZero();
        // a disabled account cannot sign in
        accounts.setEnabled("analyst", false, null);
        assertThat(get("analyst", "/api/v1/runs").statusCode()).isEqualTo(401);
    }

    @Test
    void theWorkbooksUnitsFillAreHandedOutInThePagesLanguage() throws Exception {
        HttpResponse<byte[]> records = http.send(as("almaty", "/quality/templates/records.xlsx")
                .header("Accept-Language", "kk").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> unknown = get("analyst", "/quality/templates/reports.xlsx");

        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"records_kk.xlsx\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(records.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("record_id");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Кодтар");
        }
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Шаблона «reports» нет; есть шаблоны: acts, records, form");
        assertThat(get("almaty", "/quality?period=2026-10").body())
                .contains("href=\"/quality/templates/acts.xlsx\"", "href=\"/quality/templates/form.xlsx\"");
        // for one unit of the region: the page filtered on it links to its own, another region's is refused
        assertThat(get("almaty", "/quality?period=2026-10&unit=1910").body())
                .contains("href=\"/quality/templates/acts.xlsx?unit=1910\"");
        HttpResponse<byte[]> own = http.send(as("almaty", "/quality/templates/acts.xlsx?unit=1910")
                .header("Accept-Language", "ru").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(own.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"acts_1910_ru.xlsx\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(own.body()))) {
            var codes = workbook.getSheet("Коды");
            assertThat(codes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1910");
            assertThat(codes.getRow(2).getCell(0)).isNull();
        }
        assertThat(get("almaty", "/quality/templates/acts.xlsx?unit=7510").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesSpeakKazakhAndRussianAndTheApiIsDocumented() throws Exception {
        var kk = http.send(HttpRequest.newBuilder(java.net.URI.create(url("/login?lang=kk"))).build(),
                HttpResponse.BodyHandlers.ofString());
        var ru = http.send(HttpRequest.newBuilder(java.net.URI.create(url("/login"))).header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(kk.body()).contains("Құпиясөз");
        assertThat(ru.body()).contains("Пароль");

        var quality = get("analyst", "/quality?period=2026-10&region=19");
        assertThat(quality.statusCode()).isEqualTo(200);
        assertThat(quality.body()).contains("id=\"completeness\"").contains("data-unit=\"1910\"");

        var docs = http.send(HttpRequest.newBuilder(java.net.URI.create(url("/v3/api-docs"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/exports").contains("/api/v1/runs/{id}/restart").contains("basic");
    }

    private long exportAndWait(String user, String order) throws Exception {
        var accepted = postJson(user, "/api/v1/exports", order);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = Long.parseLong(field(accepted.body(), "id"));
        String status = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(user, "/api/v1/exports/" + id).body(),
                        body -> body.contains("\"status\":\"READY\"") || body.contains("\"status\":\"FAILED\""));
        assertThat(status).doesNotContain("\"status\":\"FAILED\"");
        return id;
    }

    /** An answer with the id it names (as «№ 5» or in an address) and the page's form token (new each page) taken out. */
    private static String withoutId(String answer, long id) {
        return answer.replace("№ " + id, "№ N").replace("/" + id, "/N")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private long exportId(long requestId) {
        return jdbc.sql("SELECT export_id FROM export_request WHERE id = ?").param(requestId).query(Long.class).single();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private long countIssued(String region) {
        return jdbc.sql("SELECT count(*) FROM act WHERE left(unit_code, 2) = ?").param(region).query(Long.class).single();
    }

    private static long issued(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError(label + " not in the sheet");
    }
}
