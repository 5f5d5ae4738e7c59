package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.designcoach.security.SignInLockedException.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class SignInFailureMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aWrongPasswordAndAnUnknownNameReadTheSame() {
        var message = SignInFailureMessage.of(new BadCredentialsException("Incorrect username or password"), NOW);

        assertThat(message.title()).isEqualTo("Incorrect username or password");
        assertThat(SignInFailureMessage.of(null, NOW)).isEqualTo(message);
    }

    @Test
    void aLockSaysWhenToTryAgainRoundedUpToWholeMinutesOrInSecondsBelowOne() {
        assertThat(text(61, Scope.USERNAME_FROM_ADDRESS)).contains("Try again in 2 minutes.");
        assertThat(text(60, Scope.USERNAME_FROM_ADDRESS)).contains("Try again in 1 minute.");
        assertThat(text(20, Scope.USERNAME_FROM_ADDRESS)).contains("Try again in 20 seconds.");
        assertThat(text(1, Scope.USERNAME_FROM_ADDRESS)).contains("Try again in 1 second.");
    }

    @Test
    void eachLimitSaysWhatItHoldsBack() {
        assertThat(text(60, Scope.USERNAME_FROM_ADDRESS)).startsWith("Sign-in for this username is paused.");
        assertThat(text(60, Scope.ADDRESS)).startsWith("Sign-in from your network address is paused");
        assertThat(text(10, Scope.USERNAME_EVERYWHERE)).contains("each attempt waits a little")
                .endsWith("Try again in 10 seconds.");
    }

    private static String text(int seconds, Scope scope) {
        return SignInFailureMessage.of(new SignInLockedException(NOW.plusSeconds(seconds), "ada", scope), NOW).text();
    }
}
