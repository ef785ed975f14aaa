package kz.legalstat.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs people in from the accounts table; an account throttled for wrong passwords is locked for the while. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final SignInThrottle throttle;

    AccountDetailsService(Accounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                // too many wrong passwords lately: refused before the password is checked (LockedException)
                .accountLocked(throttle.waitFor(username).isPresent())
                .authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
                .build();
    }
}
