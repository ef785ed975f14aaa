package kz.legalstat.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed and how the roles include one another. */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

    /** bcrypt today, with the algorithm's id stored beside each hash so that a later change keeps old ones valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }
}
