package kz.legalstat.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): every call with HTTP Basic, and every
 * refusal a call can answer, each an RFC 9457 problem whose {@code code} is one of the codes the bundles word.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI legalStatApi() {
        return new OpenAPI()
                .info(new Info().title("LegalStat API").version("v1")
                        .description("Reports on demand, runs and data quality of the legal-statistics office. "
                                + "Errors are RFC 9457 problems with a stable code and a detail in kk or ru "
                                + "(Accept-Language). A JSON field a call does not know is refused with its name."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /**
     * Describes each call's refusals, the ones it can answer and no other (springdoc would list every exception
     * handler's status on every call, as a bare ProblemDetail); a call that answers 202 is not also described as 200.
     */
    @Bean
    OpenApiCustomizer refusals() {
        return api -> {
            // added here: springdoc builds the components anew and keeps only the schemas it generated itself
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getResponses().containsKey("202")) {
                operation.getResponses().remove("200");
            }
            operation.getResponses().keySet().removeIf(status -> status.startsWith("4") || status.startsWith("5"));
            refusalsOf(path, method, operation).forEach((status, why) -> operation.getResponses()
                    .put(status, new ApiResponse().description(why).content(new Content().addMediaType(
                            "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM))))));
            }));
        };
    }

    private static Map<String, String> refusalsOf(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> refusals = new LinkedHashMap<>();
        boolean takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (takesInput) {
            refusals.put("400", "a wrong or missing value, or a field the call does not know: code and detail say which");
        }
        refusals.put("401", "no account, or a wrong one");
        refusals.put("403", "the role has no access to the call, or the region asked for is not the caller's");
        if (path.contains("{")) {
            refusals.put("404", "no such id, or one the caller may not see");
        }
        if (path.endsWith("/exports/{id}/file")) {
            refusals.put("409", "the file is still being written");
        }
        if (path.endsWith("/file")) {
            refusals.put("410", "the file was deleted from the server: ask for the report again");
        }
        if (path.endsWith("/restart")) {
            refusals.put("409", "the run cannot be restarted");
        }
        if (operation.getRequestBody() != null) {
            refusals.put("413", "a body over the limit");
            refusals.put("415", "a body that is not application/json");
        }
        refusals.put("429", "too many wrong passwords for the account lately: Retry-After says when to try again");
        if (method == PathItem.HttpMethod.POST && path.endsWith("/exports")) {
            refusals.put("503", "the export queue is full: ask again in a few minutes");
        }
        return refusals;
    }

    private static Schema<?> problemSchema() {
        StringSchema code = new StringSchema();
        code.description("stable: a program may test it");
        codes().forEach(code::addEnumItem);
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("what is wrong, in the caller's language"))
                .addProperty("instance", new StringSchema().example("/api/v1/exports"))
                .addProperty("code", code)
                .required(List.of("title", "status", "detail", "code"));
    }

    /** The codes the API can answer: every {@code web.error.*} text of the bundles but the pages' status texts. */
    static List<String> codes() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/web", Locale.forLanguageTag("ru"));
        return bundle.keySet().stream().filter(key -> key.startsWith("web.error.") && !key.startsWith("web.error.status."))
                .map(key -> key.substring("web.error.".length())).sorted().toList();
    }
}
