package kz.legalstat.account;

import java.util.List;
import java.util.Optional;

import kz.legalstat.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates, lists and disables the accounts of the web interface. Passwords are kept only as hashes. */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ReferenceData reference;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, ReferenceData reference) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.reference = reference;
    }

    /**
     * Creates the account, or sets a new password, role and region on an existing one (and enables it).
     * Throws {@link InvalidAccountException} naming what is wrong.
     */
    public Account save(String username, String password, Role role, String regionCode) {
        if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
            throw new InvalidAccountException("account.invalid.username", username);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("account.invalid.password", MIN_PASSWORD_LENGTH);
        }
        if (password.equalsIgnoreCase(username) || password.toLowerCase().contains(username)) {
            throw new InvalidAccountException("account.invalid.password-name");
        }
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
        if (role == Role.REGIONAL_ANALYST && region == null) {
            throw new InvalidAccountException("account.invalid.region-required");
        }
        if (role != Role.REGIONAL_ANALYST && region != null) {
            throw new InvalidAccountException("account.invalid.region-not-allowed", role);
        }
        if (region != null && reference.unit(region).filter(u -> u.isRegion()).isEmpty()) {
            throw new InvalidAccountException("account.invalid.region", region);
        }
        if (role != Role.ADMIN && isLastAdmin(username)) {
            throw new InvalidAccountException("account.invalid.last-admin", username);
        }
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, region_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role,
                    region_code = excluded.region_code, enabled = true""")
                .params(username, encoder.encode(password), role.name(), region)
                .update();
        return new Account(username, role, region, true);
    }

    private boolean isLastAdmin(String username) {
        return jdbc.sql("""
                SELECT bool_and(username = ?) AND count(*) = 1 FROM app_user WHERE role = 'ADMIN' AND enabled""")
                .param(username).query(Boolean.class).optional().orElse(false);
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, region_code, enabled FROM app_user WHERE username = ?")
                .param(username).query(Accounts::account).optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, role, region_code, enabled FROM app_user ORDER BY username")
                .query(Accounts::account).list();
    }

    /**
     * Disables or enables an account, as {@code by} asks (null: the command line); returns false when there is no such account. Nobody disables
     * their own account, and the last enabled administrator is never disabled: either would lock the office out of
     * its own administration ({@link InvalidAccountException}).
     */
    public boolean setEnabled(String username, boolean enabled, String by) {
        if (!enabled && username.equals(by)) {
            throw new InvalidAccountException("account.invalid.self-disable");
        }
        if (find(username).isEmpty()) {
            return false;
        }
        int changed = jdbc.sql("""
                UPDATE app_user SET enabled = :enabled WHERE username = :name
                  AND (:enabled OR role <> 'ADMIN'
                       OR (SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled AND username <> :name) > 0)""")
                .param("enabled", enabled).param("name", username).update();
        if (changed == 0) {
            throw new InvalidAccountException("account.invalid.last-admin", username);
        }
        return true;
    }

    /** The stored hash, for signing in. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("region_code"),
                rs.getBoolean("enabled"));
    }
}
