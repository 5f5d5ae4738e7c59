package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final SignInThrottleEntry entry = new SignInThrottleEntry("ada", NOW);

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            entry.recordFailure(at, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        }
    }

    @Test
    void fourFailuresDoNotLock() {
        fail(4, NOW);

        assertThat(entry.isLockedAt(NOW)).isFalse();
    }

    @Test
    void theFifthFailureLocksForOneMinute() {
        fail(5, NOW);

        assertThat(entry.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(entry.isLockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(entry.isLockedAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLongUpToAnHour() {
        Instant at = NOW;
        long[] expectedMinutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long minutes : expectedMinutes) {
            fail(5, at);
            assertThat(entry.lockedUntil()).isEqualTo(at.plus(Duration.ofMinutes(minutes)));
            at = entry.lockedUntil();
        }
    }
}
