package kz.legalstat.web;

import java.security.Principal;
import java.util.Optional;

import kz.legalstat.account.Account;
import kz.legalstat.account.Accounts;

import org.springframework.stereotype.Component;

/** The account of the person behind a request, read fresh so that a region or role change applies at once. */
@Component
class SignedIn {

    private final Accounts accounts;

    SignedIn(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The account, or null for no one signed in or an account disabled: an error page's header. */
    Account orNull(Principal principal) {
        return principal == null ? null : enabled(principal).orElse(null);
    }

    Account account(Principal principal) {
        if (principal == null) {
            throw new WebRequestException(org.springframework.http.HttpStatus.UNAUTHORIZED, "web.error.sign-in");
        }
        return enabled(principal)
                .orElseThrow(() -> WebRequestException.forbidden("web.error.account-disabled", principal.getName()));
    }

    private Optional<Account> enabled(Principal principal) {
        return accounts.find(principal.getName()).filter(Account::enabled);
    }
}
