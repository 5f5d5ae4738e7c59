package org.designcoach.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the sign-in page says after a failure. The text is the same whether or not the account
 * exists; only a lock says more, and a lock applies to unknown names too.
 */
record SignInFailureMessage(String title, String text) {

    static SignInFailureMessage of(@Nullable Object failure, Instant now) {
        if (failure instanceof SignInLockedException locked) {
            long minutes = Math.max(1, divideRoundingUp(Duration.between(now, locked.lockedUntil()).toSeconds(), 60));
            return new SignInFailureMessage("Too many failed sign-ins",
                    "Sign-in for this username is paused. Try again in " + minutes
                            + (minutes == 1 ? " minute." : " minutes."));
        }
        return new SignInFailureMessage("Incorrect username or password",
                "Check that you typed them correctly and try again. After " + SignInThrottle.MAX_FAILURES
                        + " failures in a row, sign-in pauses for a while.");
    }

    private static long divideRoundingUp(long value, long divisor) {
        return (value + divisor - 1) / divisor;
    }
}
