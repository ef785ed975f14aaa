package kz.legalstat.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do. Each role may do what the roles below it may: an administrator operates, an operator
 * analyses; a regional analyst analyses one region only.
 */
public enum Role {
    REGIONAL_ANALYST, ANALYST, OPERATOR, ADMIN;

    /** The authority Spring Security checks, {@code ROLE_ANALYST} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
