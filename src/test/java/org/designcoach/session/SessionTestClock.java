package org.designcoach.session;

import org.designcoach.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the session tests move by hand: timers are tested without waiting. */
@TestConfiguration
public class SessionTestClock {

    @Bean
    @Primary
    MutableClock sessionTestClock() {
        return MutableClock.startingAt("2026-11-25T10:00:00Z");
    }
}
