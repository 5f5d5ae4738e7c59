package org.designcoach.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins under one key: a typed username from one address, an address, or a typed username
 * from anywhere (see {@link SignInThrottle}), whether or not an account has that name, so that the
 * answer never tells an attacker which accounts exist.
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottleEntry {

    static final int KEY_LENGTH = 64;
    static final Duration FAILURE_MEMORY = Duration.ofHours(1);
    static final Duration LOCKOUT_MEMORY = Duration.ofDays(1);

    @Id
    @Column(length = KEY_LENGTH)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(nullable = false)
    private int lockouts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @SuppressWarnings("NullAway.Init")
    protected SignInThrottleEntry() {
        // for JPA
    }

    SignInThrottleEntry(String username, Instant now) {
        this.username = username;
        this.lastFailureAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    int failures() {
        return failures;
    }

    /**
     * Counts a failure that slows rather than locks: from {@code threshold} failures on, each one holds
     * the next attempt back by {@code delay}. Failures older than {@code memory} are forgotten.
     */
    void recordFailureWithDelay(Instant now, int threshold, Duration delay, Duration memory) {
        if (lastFailureAt.plus(memory).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= threshold) {
            lockedUntil = now.plus(delay);
            lockouts++;
        }
    }

    /**
     * Counts a failure; the {@code maxFailures}th locks, each lockout twice as long as the last. A count whose last
     * failure lies further back than {@link #FAILURE_MEMORY} starts again, and the lockouts after
     * {@link #LOCKOUT_MEMORY}: people behind one office address make twenty typos over a week, not in an hour.
     */
    void recordFailure(Instant now, int maxFailures, Duration firstLock, Duration longestLock) {
        if (lastFailureAt.plus(FAILURE_MEMORY).isBefore(now)) {
            failures = 0;
        }
        if (lastFailureAt.plus(LOCKOUT_MEMORY).isBefore(now)) {
            lockouts = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            Duration lock = firstLock.multipliedBy(1L << Math.min(lockouts, 20));
            lockedUntil = now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
            lockouts++;
            failures = 0;
        }
    }
}
