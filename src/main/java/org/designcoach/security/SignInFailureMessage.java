package org.designcoach.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * What the sign-in page says after a failure. The text is the same whether or not the account
 * exists; only a lock says more, and a lock applies to unknown names too.
 */
record SignInFailureMessage(String title, String text) {

    static SignInFailureMessage of(@Nullable Object failure, Instant now) {
        if (failure instanceof SignInLockedException locked) {
            long seconds = Math.max(1, Duration.between(now, locked.lockedUntil()).toSeconds());
            return new SignInFailureMessage("Too many failed sign-ins", switch (locked.scope()) {
                case USERNAME_FROM_ADDRESS -> "Sign-in for this username is paused. Try again in " + waitText(seconds);
                case ADDRESS -> "Sign-in from your network address is paused after many failures. Try again in "
                        + waitText(seconds);
                case USERNAME_EVERYWHERE -> "This username has had many failed sign-ins, so each attempt waits a "
                        + "little. Try again in " + waitText(seconds);
            });
        }
        if (failure instanceof SingleSignOn.PasswordsOff) {
            return new SignInFailureMessage("Password sign-in is off",
                    "This Design Coach signs people in only through the company's identity provider. Use the "
                            + "button above.");
        }
        if (failure instanceof OAuth2AuthenticationException provider) {
            return ProviderUserService.DISABLED.equals(provider.getError().getErrorCode())
                    ? new SignInFailureMessage("Account disabled", "An administrator disabled your Design Coach "
                            + "account. Ask them to enable it again.")
                    : new SignInFailureMessage("Single sign-on did not work", "The identity provider did not "
                            + "confirm who you are. Try again; if it keeps failing, tell your administrator.");
        }
        return new SignInFailureMessage("Incorrect username or password",
                "Check that you typed them correctly and try again. After " + SignInThrottle.MAX_FAILURES
                        + " failures in a row, sign-in pauses for a while.");
    }

    /** "1 minute", "3 minutes", or seconds below a minute: "10 seconds", "1 second". */
    static String waitText(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second." : " seconds.");
        }
        long minutes = divideRoundingUp(seconds, 60);
        return minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private static long divideRoundingUp(long value, long divisor) {
        return (value + divisor - 1) / divisor;
    }
}
