package org.designcoach.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.designcoach.security.AccountEvents.LockedOut;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    SignInThrottle(SignInThrottleRepository entries, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
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
        Instant lockedBefore = entry.lockedUntil();
        entry.recordFailure(clock.instant(), MAX_FAILURES, FIRST_LOCK, LONGEST_LOCK);
        entries.save(entry);
        Instant lockedUntil = entry.lockedUntil();
        if (lockedUntil != null && !lockedUntil.equals(lockedBefore)) {
            events.publishEvent(new LockedOut(key, lockedUntil));
        }
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
