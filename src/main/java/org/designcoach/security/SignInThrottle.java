package org.designcoach.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Locks a username for a growing interval after repeated failed sign-ins. */
@Service
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final SignInThrottleRepository entries;
    private final Clock clock;

    SignInThrottle(SignInThrottleRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Throws when the username is locked now. */
    @Transactional(readOnly = true)
    public void checkNotLocked(String typedUsername) {
        entries.findById(key(typedUsername))
                .filter(entry -> entry.isLockedAt(clock.instant()))
                .ifPresent(entry -> {
                    throw new SignInLockedException(Objects.requireNonNull(entry.lockedUntil()), typedUsername);
                });
    }

    @Transactional
    public void recordFailure(String typedUsername) {
        String key = key(typedUsername);
        SignInThrottleEntry entry = entries.findById(key)
                .orElseGet(() -> new SignInThrottleEntry(key, clock.instant()));
        entry.recordFailure(clock.instant(), MAX_FAILURES, FIRST_LOCK, LONGEST_LOCK);
        entries.save(entry);
    }

    @Transactional
    public void recordSuccess(String typedUsername) {
        entries.deleteById(key(typedUsername));
    }

    private static String key(String typedUsername) {
        String name = Usernames.normalise(typedUsername);
        return name.length() > SignInThrottleEntry.KEY_LENGTH
                ? name.substring(0, SignInThrottleEntry.KEY_LENGTH) : name;
    }
}
