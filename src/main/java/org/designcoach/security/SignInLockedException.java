package org.designcoach.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failures; knows until when. */
class SignInLockedException extends LockedException implements TypedUsername {

    /** Which limit holds the attempt back. */
    enum Scope { USERNAME_FROM_ADDRESS, ADDRESS, USERNAME_EVERYWHERE }

    private final Instant lockedUntil;
    private final String typedUsername;
    private final Scope scope;

    SignInLockedException(Instant lockedUntil, String typedUsername, Scope scope) {
        super("Too many failed sign-ins");
        this.lockedUntil = lockedUntil;
        this.scope = scope;
        this.typedUsername = TypedUsername.shortened(typedUsername);
    }

    @Override
    public String typedUsername() {
        return typedUsername;
    }

    Scope scope() {
        return scope;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
