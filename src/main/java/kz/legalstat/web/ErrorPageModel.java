package kz.legalstat.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import kz.legalstat.account.Account;

import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header of Spring Boot's error page (an address that leads nowhere, a method not allowed): the pages' navigation,
 * with the person signed in if anyone is, so that an error is never a dead end.
 */
@ControllerAdvice(assignableTypes = BasicErrorController.class)
class ErrorPageModel {

    private final SignedIn signedIn;

    ErrorPageModel(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("me")
    Account me(Principal principal) {
        return signedIn.orNull(principal);
    }

    @ModelAttribute("langLink")
    String langLink(HttpServletRequest request) {
        return PageModel.errorLangLink(request);
    }
}
