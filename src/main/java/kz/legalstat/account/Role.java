package kz.legalstat.account;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

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

    /** How the roles include one another, for Spring Security: each the ones below it. */
    public static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN.name()).implies(OPERATOR.name())
                .role(OPERATOR.name()).implies(ANALYST.name())
                .role(ANALYST.name()).implies(REGIONAL_ANALYST.name())
                .build();
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
