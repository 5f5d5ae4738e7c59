package org.designcoach.security;

import org.designcoach.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the account services need in a JPA slice: a movable clock and the real password hashing. */
@TestConfiguration
@Import({AccountService.class, PasswordPolicy.class, SignInThrottle.class, ResetTokens.class})
class AccountTestConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.startingAt("2026-11-24T10:00:00Z");
    }

    /** No single sign-on: the account services as an instance without designcoach.oidc.* has them. */
    @Bean
    OidcProperties oidcProperties() {
        return OidcProperties.off();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
