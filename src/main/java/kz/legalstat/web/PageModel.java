package kz.legalstat.web;

import java.security.Principal;

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
}
