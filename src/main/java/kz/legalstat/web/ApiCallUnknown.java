package kz.legalstat.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path or method no API call has. No controller is chosen for such a request, so no advice of the API's own
 * controllers sees it; this one sees every request's, answers those under /api with a problem and hands the
 * others back to the pages' usual answer (an exception handler that throws its exception again declines it).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiCallUnknown {

    private final ApiProblems problems;

    ApiCallUnknown(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ProblemDetail noSuchCall(Exception e, HttpServletRequest request, Locale locale) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "web.error.method",
                    new Object[] {method.getMethod(), String.join(", ", method.getSupportedMethods() == null
                            ? new String[0] : method.getSupportedMethods())}, locale);
        }
        return problems.of(HttpStatus.NOT_FOUND, "web.error.no-such-call", new Object[] {request.getRequestURI()},
                locale);
    }
}
