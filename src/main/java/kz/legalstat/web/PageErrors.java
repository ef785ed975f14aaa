package kz.legalstat.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.report.ExportsBusyException;

/** A page request that cannot be served shows what is wrong in the person's language, never a stack trace. */
@ControllerAdvice(assignableTypes = {ReportPages.class, RunPages.class, QualityPages.class, AdminPages.class,
        ActPages.class})
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final SignedIn signedIn;

    PageErrors(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @ExceptionHandler(WebRequestException.class)
    String refused(WebRequestException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(e.status(), e.key(), e.args(), model, request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badValue(MethodArgumentTypeMismatchException e, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "web.error.value",
                new Object[] {e.getName(), WebRequestException.echo(String.valueOf(e.getValue()))}, model, request,
                response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "web.error.missing", new Object[] {e.getParameterName()}, model, request,
                response);
    }

    @ExceptionHandler(ExportsBusyException.class)
    String busy(Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "web.error.busy", new Object[0], model, request, response);
    }

    /** The refusal, under the pages' header (an exception handler's model holds none of the page's attributes). */
    private String page(HttpStatus status, String key, Object[] args, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        log.debug("Refused with {}: {}", status, key);
        model.addAttribute("me", signedIn.orNull(request.getUserPrincipal()));
        model.addAttribute("langLink", PageModel.errorLangLink(request));
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("problem", key);
        model.addAttribute("problemArgs", args);
        return "problem";
    }
}
