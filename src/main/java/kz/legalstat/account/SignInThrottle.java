package kz.legalstat.account;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account name: after {@value #MAX_FAILURES} wrong passwords within
 * {@value #WINDOW_MINUTES} minutes, the account cannot sign in (even with the right password) until the oldest of
 * them leaves the window. Other accounts are not affected. Counted in the database, so a cluster counts as one.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    static final int MAX_FAILURES = 10;
    static final int WINDOW_MINUTES = 15;

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How long the account must wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitFor(String username) {
        Double seconds = jdbc.sql("""
                        SELECT extract(epoch FROM min(failed_at) + make_interval(mins => :window) - now())
                        FROM (SELECT failed_at FROM sign_in_failure
                              WHERE username = :name AND failed_at > now() - make_interval(mins => :window)
                              ORDER BY failed_at DESC LIMIT :max) last
                        HAVING count(*) >= :max""")
                .param("name", username).param("window", WINDOW_MINUTES).param("max", MAX_FAILURES)
                .query(Double.class).optional().orElse(null);
        return seconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds))));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = ? AND failed_at < now() - make_interval(mins => ?)")
                .params(username, WINDOW_MINUTES).update();
        jdbc.sql("INSERT INTO sign_in_failure (username) VALUES (?)").param(username).update();
        waitFor(username).ifPresent(wait -> log.warn(
                "Sign-in of '{}' refused for {} s: {} wrong passwords within {} minutes", cut(username),
                wait.toSeconds(), MAX_FAILURES, WINDOW_MINUTES));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = ?").param(event.getAuthentication().getName()).update();
    }

    private static String cut(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
