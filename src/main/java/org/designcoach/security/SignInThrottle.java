package org.designcoach.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.designcoach.security.AccountEvents.AddressThrottled;
import org.designcoach.security.AccountEvents.LockedOut;
import org.designcoach.security.SignInLockedException.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing at three levels, so that a stranger cannot cheaply lock someone else out:
 * <ul>
 * <li>a username from one client address: the fifth failure in a row locks that pair for a minute, each
 * further lock twice as long up to an hour. Someone guessing the admin's password from their own address
 * locks only themselves;</li>
 * <li>a client address, whatever usernames it tries: twenty failures lock the address the same way, so one
 * address cannot spray guesses over many accounts;</li>
 * <li>a username from anywhere: from fifty failures within an hour on, each attempt waits ten seconds after
 * the last failure. A delay, not a lock: the owner still gets in a few seconds later, while guessing from
 * many addresses slows to a handful of tries a minute.</li>
 * </ul>
 * Sign-in and the current-password check of "Change password" share these counts. Failures are
 * recorded in a transaction of their own, so a refused action that rolls back still counts.
 */
@Service
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final int ADDRESS_MAX_FAILURES = 20;
    static final int USERNAME_SLOW_AFTER = 50;
    static final Duration USERNAME_DELAY = Duration.ofSeconds(10);
    static final Duration USERNAME_MEMORY = Duration.ofHours(1);
    static final String UNKNOWN_ADDRESS = "unknown";

    private final SignInThrottleRepository entries;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(SignInThrottleRepository entries, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.clock = clock;
        this.events = events;
    }

    /** Throws when this username may not be tried from this address now, saying which limit holds it. */
    @Transactional(readOnly = true)
    public void checkNotLocked(String typedUsername, @Nullable String address) {
        Instant now = clock.instant();
        locked(pairKey(typedUsername, address), now).ifPresent(until -> {
            throw new SignInLockedException(until, typedUsername, Scope.USERNAME_FROM_ADDRESS);
        });
        locked(addressKey(address), now).ifPresent(until -> {
            throw new SignInLockedException(until, typedUsername, Scope.ADDRESS);
        });
        locked(usernameKey(typedUsername), now).ifPresent(until -> {
            throw new SignInLockedException(until, typedUsername, Scope.USERNAME_EVERYWHERE);
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String typedUsername, @Nullable String address) {
        Instant now = clock.instant();
        String pair = pairKey(typedUsername, address);
        lockAfter(pair, now, MAX_FAILURES).ifPresent(until -> events.publishEvent(new LockedOut(key(typedUsername), until)));
        lockAfter(addressKey(address), now, ADDRESS_MAX_FAILURES)
                .ifPresent(until -> events.publishEvent(new AddressThrottled(address(address), until)));
        String user = usernameKey(typedUsername);
        SignInThrottleEntry entry = entries.findById(user).orElseGet(() -> new SignInThrottleEntry(user, now));
        entry.recordFailureWithDelay(now, USERNAME_SLOW_AFTER, USERNAME_DELAY, USERNAME_MEMORY);
        entries.save(entry);
    }

    /** The person proved their password: their own counts start again; the address's stays, as others may share it. */
    @Transactional
    public void recordSuccess(String typedUsername, @Nullable String address) {
        entries.deleteById(pairKey(typedUsername, address));
        entries.deleteById(usernameKey(typedUsername));
    }

    private Optional<Instant> locked(String key, Instant now) {
        return entries.findLockedUntil(key).filter(until -> until.isAfter(now));
    }

    /** Counts a failure under the key; the time of a new lock if this failure started one. */
    private Optional<Instant> lockAfter(String key, Instant now, int maxFailures) {
        SignInThrottleEntry entry = entries.findById(key).orElseGet(() -> new SignInThrottleEntry(key, now));
        Instant lockedBefore = entry.lockedUntil();
        entry.recordFailure(now, maxFailures, FIRST_LOCK, LONGEST_LOCK);
        entries.save(entry);
        Instant lockedUntil = entry.lockedUntil();
        return lockedUntil != null && !lockedUntil.equals(lockedBefore) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** A hash: a username and an IPv6 address together are longer than the key column. */
    static String pairKey(String typedUsername, @Nullable String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key(typedUsername) + "\n" + address(address)).getBytes(StandardCharsets.UTF_8));
            return "p:" + HexFormat.of().formatHex(digest).substring(0, SignInThrottleEntry.KEY_LENGTH - 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String addressKey(@Nullable String address) {
        return shortened("a:" + address(address));
    }

    static String usernameKey(String typedUsername) {
        return shortened("u:" + key(typedUsername));
    }

    private static String address(@Nullable String address) {
        return address == null || address.isBlank() ? UNKNOWN_ADDRESS : address.strip();
    }

    private static String key(String typedUsername) {
        return shortened(Usernames.normalise(typedUsername));
    }

    private static String shortened(String key) {
        return key.length() > SignInThrottleEntry.KEY_LENGTH ? key.substring(0, SignInThrottleEntry.KEY_LENGTH) : key;
    }
}
