package kz.legalstat.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.legalstat.account.Account;
import kz.legalstat.account.Accounts;
import kz.legalstat.account.Role;
import kz.legalstat.account.SignInThrottle;
import kz.legalstat.reference.ReferenceData;
import kz.legalstat.reference.Unit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What a web slice signs in with and names units by, in memory: an analyst, a regional analyst of Almaty region (19)
 * and an operator, each with the password {@code secret}, and their accounts; the roles as the application orders
 * them; two regions and a district of the city of Almaty.
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

    /** The three accounts as the portal's own store would answer for them; sign-in never throttled. */
    @Bean
    Accounts accounts() {
        Accounts accounts = mock(Accounts.class);
        when(accounts.find("analyst")).thenReturn(Optional.of(new Account("analyst", Role.ANALYST, null, true)));
        when(accounts.find("almaty")).thenReturn(Optional.of(new Account("almaty", Role.REGIONAL_ANALYST, "19", true)));
        when(accounts.find("operator")).thenReturn(Optional.of(new Account("operator", Role.OPERATOR, null, true)));
        return accounts;
    }

    @Bean
    SignInThrottle throttle() {
        SignInThrottle throttle = mock(SignInThrottle.class);
        when(throttle.waitFor(anyString())).thenReturn(Optional.empty());
        return throttle;
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
