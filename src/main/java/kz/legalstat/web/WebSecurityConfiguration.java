package kz.legalstat.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.account.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may open what. Pages: signed in with a form and a session, every change protected against CSRF.
 * API: HTTP Basic on every call and no session, so there is no cookie a foreign page could ride on, and
 * CSRF tokens would protect nothing. Regions are enforced in the controllers, on every id.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {

    private static final String ANY_ANALYST = Role.REGIONAL_ANALYST.name();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/runs/*/restart").hasRole(Role.OPERATOR.name())
                        .anyRequest().hasRole(ANY_ANALYST))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, SignInRefusals refusals) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/refused", "/css/**", "/js/**", "/error", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/runs/*/restart").hasRole(Role.OPERATOR.name())
                        .anyRequest().hasRole(ANY_ANALYST))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(refusals)
                        .permitAll())
                // a session that expired (or a server restarted) sends the person to sign in again, saying why,
                // whether the page was opened or a form posted with the old session's token
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(WebSecurityConfiguration::denied))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                // the error page changes nothing; a refused post is forwarded to it without its fields
                .csrf(csrf -> csrf.ignoringRequestMatchers("/error"))
                // scripts of Prometheus and the like call the actuator with Basic, as the API does
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    /** A form posted without a valid token (its session expired) signs in again; anything else is the role's refusal. */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, denied);
    }

    /** A request the firewall refuses (an encoded slash, "..", a NUL) gets a plain 400 that says why. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("Сұрау қабылданбады: мекенжайда рұқсат етілмеген таңбалар бар.\n"
                    + "Запрос отклонён: в адресе недопустимые символы (например, закодированная косая черта или «..»).\n");
        };
    }
}
