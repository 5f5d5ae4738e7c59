package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
    void aLockSaysWhenToTryAgainRoundedUpToWholeMinutes() {
        assertThat(SignInFailureMessage.of(new SignInLockedException(NOW.plusSeconds(61), "ada"), NOW).text())
                .contains("Try again in 2 minutes.");
        assertThat(SignInFailureMessage.of(new SignInLockedException(NOW.plusSeconds(20), "ada"), NOW).text())
                .contains("Try again in 1 minute.");
    }
}
