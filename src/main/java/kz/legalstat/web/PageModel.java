package kz.legalstat.web;

import java.security.Principal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import kz.legalstat.account.Account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: who is signed in and what they may do. */
@ControllerAdvice(assignableTypes = {ReportPages.class, RunPages.class, QualityPages.class, AdminPages.class,
        ActPages.class})
class PageModel {

    private final SignedIn signedIn;

    PageModel(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("me")
    Account me(Principal principal) {
        return signedIn.account(principal);
    }

    /** This page's address with its filters, ready for the language to be added: a change of language keeps them. */
    @ModelAttribute("langLink")
    String langLink(HttpServletRequest request) {
        return langLink(request.getRequestURI(), request.getQueryString());
    }

    /**
     * An error page's: the address that was refused, when asked for with GET, so that the other language tells the
     * same refusal; after a form (POST), null (the header then links the home page in the other language).
     */
    static String errorLangLink(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return "GET".equals(request.getAttribute(RequestDispatcher.ERROR_METHOD))
                    ? langLink((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                            (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING))
                    : null;
        }
        return "GET".equals(request.getMethod()) ? langLink(request.getRequestURI(), request.getQueryString()) : null;
    }

    private static String langLink(String path, String queryString) {
        String query = queryString == null ? "" : java.util.Arrays.stream(queryString.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang=")).collect(java.util.stream.Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=";
    }
}
