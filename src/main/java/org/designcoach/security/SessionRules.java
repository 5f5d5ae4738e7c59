package org.designcoach.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a signed-in session may go on, from what it was signed in as and the account as
 * it is now. Plain Java, so that every rule is tested without a server. The account's changes come
 * first: they say more to the person than a timeout does.
 */
final class SessionRules {

    private final Duration idleTimeout;
    private final Duration maxLifetime;

    SessionRules(Duration idleTimeout, Duration maxLifetime) {
        this.idleTimeout = idleTimeout;
        this.maxLifetime = maxLifetime;
    }

    SessionRules(SessionProperties properties) {
        this(properties.idleTimeout(), properties.maxLifetime());
    }

    /**
     * What one session holds: the role it was signed in with (null when it holds none of ours), the
     * stamp of the password it was signed in with (null when it was not signed in with our password),
     * when it began and when the person last did something.
     */
    record SignedIn(@Nullable Role role, @Nullable String passwordStamp, Instant since, Instant lastActivity) {
    }

    /** Why the session must end now, or empty when it may go on. */
    Optional<SessionEnd> check(SignedIn session, Optional<AccountState> account, Instant now) {
        if (account.isEmpty()) {
            return Optional.of(SessionEnd.ACCOUNT_GONE);
        }
        AccountState state = account.get();
        if (!state.enabled()) {
            return Optional.of(SessionEnd.DISABLED);
        }
        if (state.role() != session.role()) {
            return Optional.of(SessionEnd.ROLE_CHANGED);
        }
        if (session.passwordStamp() != null && !session.passwordStamp().equals(state.passwordStamp())) {
            return Optional.of(SessionEnd.PASSWORD_CHANGED);
        }
        if (!now.isBefore(session.since().plus(maxLifetime))) {
            return Optional.of(SessionEnd.LIFETIME);
        }
        if (!now.isBefore(session.lastActivity().plus(idleTimeout))) {
            return Optional.of(SessionEnd.IDLE);
        }
        return Optional.empty();
    }
}
