package org.designcoach.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failures; knows until when. */
class SignInLockedException extends LockedException implements TypedUsername {

    private final Instant lockedUntil;
    private final String typedUsername;

    SignInLockedException(Instant lockedUntil, String typedUsername) {
        super("Too many failed sign-ins");
        this.lockedUntil = lockedUntil;
        this.typedUsername = TypedUsername.shortened(typedUsername);
    }

    @Override
    public String typedUsername() {
        return typedUsername;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
