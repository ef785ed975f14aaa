package kz.legalstat.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI description against what the API does: each call below is made for real, and its status, its
 * headers and every field of its body must be what the description says, so that the two cannot drift apart.
 */
class ApiDescriptionTest extends WebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    JsonNode api;

    @BeforeEach
    void description() throws Exception {
        var docs = http.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        api = JSON.readTree(docs.body());
    }

    @Test
    void anExportIsAcceptedWith202AndItsLocationAndTheBodyIsTheDescribedExport() throws Exception {
        var accepted = postJson("analyst", "/api/v1/exports", """
                {"report": "supervision-acts", "period": "2026-10", "language": "kk"}""");

        JsonNode post = api.at("/paths/~1api~1v1~1exports/post");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(post.at("/responses").has("202")).isTrue();
        assertThat(post.at("/responses").has("200")).as("described as 200 too").isFalse();
        assertThat(post.at("/responses/202/headers").has("Location")).isTrue();
        assertThat(accepted.headers().firstValue("Location")).isPresent();
        JsonNode body = JSON.readTree(accepted.body());
        assertFieldsAreTheSchemas(body, schema(post.at("/responses/202/content")));
        // one name per concept, in and out
        assertThat(body.get("report").asString()).isEqualTo("supervision-acts");
        assertThat(body.get("language").asString()).isEqualTo("kk");
        // and the status it is followed at is the same schema
        var status = get("analyst", accepted.headers().firstValue("Location").orElseThrow());
        assertFieldsAreTheSchemas(JSON.readTree(status.body()),
                schema(api.at("/paths/~1api~1v1~1exports~1{id}/get/responses/200/content")));
    }

    @Test
    void theOrdersRequiredFieldsAndAllowedValuesAreTheOnesTheApiEnforces() throws Exception {
        JsonNode order = component(api.at("/paths/~1api~1v1~1exports/post/requestBody/content/application~1json/schema"));

        Set<String> required = new TreeSet<>();
        order.get("required").forEach(n -> required.add(n.asString()));
        assertThat(required).containsExactly("period", "report");
        for (String field : required) {
            String without = field.equals("report") ? "{\"period\": \"2026-10\"}" : "{\"report\": \"supervision-acts\"}";
            assertThat(postJson("analyst", "/api/v1/exports", without).statusCode()).as("without " + field).isEqualTo(400);
        }
        List<String> reports = new ArrayList<>();
        order.at("/properties/report/enum").forEach(n -> reports.add(n.asString()));
        assertThat(get("analyst", "/api/v1/reports").body()).isEqualTo(JSON.writeValueAsString(reports));
        List<String> languages = new ArrayList<>();
        order.at("/properties/language/enum").forEach(n -> languages.add(n.asString()));
        assertThat(languages).containsExactly("kk", "ru");
        assertThat(postJson("analyst", "/api/v1/exports",
                "{\"report\": \"supervision-acts\", \"period\": \"2026-10\", \"language\": \"en\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void everyRefusalIsADescribedProblemWithADescribedCode() throws Exception {
        List<String> codes = new ArrayList<>();
        api.at("/components/schemas/Problem/properties/code/enum").forEach(n -> codes.add(n.asString()));
        record Refusal(String path, String operation, HttpResponse<String> answer) {
        }
        List<Refusal> refusals = List.of(
                new Refusal("/api/v1/exports", "post", postJson("analyst", "/api/v1/exports", "{\"report\": \"x\"}")),
                new Refusal("/api/v1/exports", "post", postJson("analyst", "/api/v1/exports", "{\"x\": 1}")),
                new Refusal("/api/v1/exports/{id}", "get", get("analyst", "/api/v1/exports/424242")),
                new Refusal("/api/v1/exports/{id}/file", "get", get("analyst", "/api/v1/exports/424242/file")),
                new Refusal("/api/v1/runs/{id}/restart", "post", postJson("analyst", "/api/v1/runs/1/restart", "")),
                new Refusal("/api/v1/runs", "get", get("nobody", "/api/v1/runs")),
                new Refusal("/api/v1/quality/{period}/findings", "get",
                        get("analyst", "/api/v1/quality/2026-10/findings?severity=FATAL")));

        for (Refusal refusal : refusals) {
            String status = String.valueOf(refusal.answer().statusCode());
            JsonNode described = api.at("/paths/" + refusal.path().replace("/", "~1") + "/" + refusal.operation()
                    + "/responses/" + status);
            assertThat(described.isMissingNode()).as(refusal.path() + " " + status + " undescribed").isFalse();
            assertThat(refusal.answer().headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(refusal.answer().body());
            assertFieldsAreTheSchemas(problem, component(described.at("/content/application~1problem+json/schema")));
            assertThat(codes).as(refusal.path()).contains(problem.get("code").asString());
        }
    }

    private JsonNode schema(JsonNode content) {
        return component(content.values().iterator().next().get("schema"));
    }

    private JsonNode component(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : api.at(ref.substring(1));
    }

    /** Every field of the body is described, and every required one is there. */
    private void assertFieldsAreTheSchemas(JsonNode body, JsonNode schema) {
        Set<String> described = new TreeSet<>();
        schema.get("properties").propertyNames().forEach(described::add);
        Set<String> sent = new TreeSet<>();
        body.propertyNames().forEach(sent::add);
        assertThat(described).as("described fields").containsAll(sent);
        schema.path("required").forEach(r -> assertThat(sent).as("required fields").contains(r.asString()));
    }
}
