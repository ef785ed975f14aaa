package kz.legalstat.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.legalstat.account.SignInThrottle;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A sign-in on the page that failed: a wrong password or name says so; an account throttled for too many wrong
 * passwords answers 429 with {@code Retry-After} and the sign-in page saying how long to wait; a disabled account is
 * told it is disabled.
 */
@Component
class SignInRefusals implements AuthenticationFailureHandler {

    static final String WAIT_MINUTES = "signInWaitMinutes";

    private final SignInThrottle throttle;

    SignInRefusals(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof LockedException) {
            Duration wait = retryAfter(throttle, request.getParameter("username"), response);
            request.setAttribute(WAIT_MINUTES, (wait.toSeconds() + 59) / 60);
            request.getRequestDispatcher("/login/refused").forward(request, response);
        } else if (failure instanceof DisabledException) {
            response.sendRedirect(request.getContextPath() + "/login?disabled");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    /** Sets 429 and {@code Retry-After} for a throttled account; returns the wait. */
    static Duration retryAfter(SignInThrottle throttle, String username, HttpServletResponse response) {
        Duration wait = throttle.waitFor(username == null ? "" : username).orElse(Duration.ofSeconds(1));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
        return wait;
    }
}
