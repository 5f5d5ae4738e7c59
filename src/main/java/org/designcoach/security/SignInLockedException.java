package org.designcoach.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failures; knows until when. */
class SignInLockedException extends LockedException {

    private final Instant lockedUntil;

    SignInLockedException(Instant lockedUntil) {
        super("Too many failed sign-ins");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
