package kz.legalstat.web;

import java.security.Principal;

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
        String query = request.getQueryString() == null ? "" : java.util.Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang=")).collect(java.util.stream.Collectors.joining("&"));
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=";
    }
}
