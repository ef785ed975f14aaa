package kz.legalstat.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.account.SignInThrottle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems of the API: the status, a stable {@code code} a program can test and a {@code detail} in the
 * caller's language (kk or ru: the language cookie, else Accept-Language). Written by the controllers' advice
 * and, for a missing or wrong account and a role without access, by the security filters before any controller.
 */
@Component
class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> languages;
    private final SignInThrottle throttle;

    ApiProblems(MessageSource messages, ObjectProvider<LocaleResolver> languages, SignInThrottle throttle) {
        this.messages = messages;
        this.languages = languages;
        this.throttle = throttle;
    }

    ProblemDetail of(HttpStatus status, String key, Object[] args, Locale locale) {
        Locale language = Locale.forLanguageTag(WebLanguageConfiguration.lang(locale).name());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, language));
        problem.setProperty("code", key.substring("web.error.".length()));
        return problem;
    }

    /** No account given, or a wrong one: Basic clients are asked for one, as HTTP Basic has it. */
    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LockedException) {
            var basic = new BasicAuthenticationConverter().convert(request);
            Duration wait = SignInRefusals.retryAfter(throttle, basic == null ? "" : basic.getName(), response);
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "web.error.sign-in-throttled", wait.toSeconds());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LegalStat\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "web.error.unauthenticated");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "web.error.role-forbidden");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                       Object... args) throws IOException {
        LocaleResolver resolver = languages.getIfAvailable();
        ProblemDetail problem = of(status, key, args,
                resolver == null ? request.getLocale() : resolver.resolveLocale(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        body.putAll(problem.getProperties());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
