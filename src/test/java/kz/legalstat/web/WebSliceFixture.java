package kz.legalstat.web;

import java.util.List;
import java.util.Map;

import kz.legalstat.account.Role;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * What a web slice signs in with and names units by, in memory: an analyst, a regional analyst of Almaty region (19)
 * and an operator, each with the password {@code secret}; the roles as the application orders them; two regions and
 * a district of the city of Almaty.
 */
@TestConfiguration
class WebSliceFixture {

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("analyst").password("{noop}secret").roles(Role.ANALYST.name()).build(),
                User.withUsername("almaty").password("{noop}secret").roles(Role.REGIONAL_ANALYST.name()).build(),
                User.withUsername("operator").password("{noop}secret").roles(Role.OPERATOR.name()).build());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    @Bean
    ReferenceData reference() {
        return ReferenceData.inMemory(List.of(new Unit("19", null, 7, "Алматы облысы", "Алматинская область"),
                new Unit("75", null, 2, "Алматы қаласы", "город Алматы"),
                new Unit("7510", "75", 1, "Алмалы ауданы", "Алмалинский район")), Map.of());
    }
}
