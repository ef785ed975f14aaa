package kz.legalstat.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): every call with HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI legalStatApi() {
        return new OpenAPI()
                .info(new Info().title("LegalStat API").version("v1")
                        .description("Reports on demand, runs and data quality of the legal-statistics office. "
                                + "Errors are RFC 9457 problems with a stable code and a detail in kk or ru "
                                + "(Accept-Language)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
