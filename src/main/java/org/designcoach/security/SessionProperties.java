package org.designcoach.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code designcoach.session.*}: how long a signed-in session lasts. {@code idleTimeout} ends it after
 * that long without anything the person did (Vaadin's heartbeat of an open tab does not count);
 * {@code maxLifetime} ends it that long after signing in, however busy the person is.
 */
@ConfigurationProperties("designcoach.session")
record SessionProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration maxLifetime) {

    SessionProperties {
        requirePositive(idleTimeout, "idle-timeout");
        requirePositive(maxLifetime, "max-lifetime");
    }

    private static void requirePositive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("designcoach.session." + name + " must be longer than zero, not " + value);
        }
    }
}
