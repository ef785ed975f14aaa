package kz.legalstat.web;

import java.util.Locale;

import kz.legalstat.report.ExportsBusyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * An API call that cannot be served gets an RFC 9457 problem: the status, a stable {@code code} a program can
 * test and a {@code detail} in the caller's language (Accept-Language kk or ru).
 */
@RestControllerAdvice(assignableTypes = {ExportApi.class, OperationsApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(WebRequestException.class)
    ProblemDetail refused(WebRequestException e, Locale locale) {
        return problem(e.status(), e.key(), e.args(), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badValue(MethodArgumentTypeMismatchException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "web.error.value", new Object[] {e.getName(), WebRequestException.echo(String.valueOf(e.getValue()))},
                locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "web.error.missing", new Object[] {e.getParameterName()}, locale);
    }

    @ExceptionHandler(ExportsBusyException.class)
    ProblemDetail busy(Locale locale) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "web.error.busy", new Object[0], locale);
    }

    /**
     * A body that is not the JSON asked for: a field the call does not know is named (a misspelt {@code lang} would
     * otherwise silently give the default), a body over the limit is 413, anything else says what is expected.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return problem(HttpStatus.BAD_REQUEST, "web.error.unknown-field", new Object[] {
                        WebRequestException.echo(unknown.getPropertyName()),
                        unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                                .collect(java.util.stream.Collectors.joining(", "))}, locale);
            }
            if (cause instanceof RequestBodyLimit.TooLargeException) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "web.error.too-large",
                        new Object[] {RequestBodyLimit.MAX_BYTES / 1024}, locale);
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "web.error.body", new Object[0], locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "web.error.media-type",
                new Object[] {String.valueOf(e.getContentType())}, locale);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object[] args, Locale locale) {
        return problems.of(status, key, args, locale);
    }
}
