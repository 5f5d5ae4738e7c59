package org.designcoach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;

/** The words the log gives for each way a sign-in fails. */
class AuditFailureReasonTest {

    @Test
    void aWrongPasswordAndAnUnknownNameReadAlike() {
        assertThat(SignInFailureReason.of(new BadCredentialsException("Bad credentials")))
                .isEqualTo("Refused: wrong username or password");
    }

    @Test
    void aDisabledAccountHiddenBehindTheSignInPagesVagueAnswerIsNamed() {
        var vague = new BadCredentialsException("Incorrect username or password", new DisabledException("User is disabled"));

        assertThat(SignInFailureReason.of(vague)).isEqualTo("Refused: the account is disabled");
    }

    @Test
    void aLockedUsernameIsNamed() {
        assertThat(SignInFailureReason.of(new LockedException("Too many failed sign-ins until " + Instant.EPOCH)))
                .isEqualTo("Refused: the username is locked after too many failed sign-ins");
    }

    @Test
    void anUnforeseenFailureStillSaysWhatItWas() {
        assertThat(SignInFailureReason.of(new InsufficientAuthenticationException("more needed")))
                .isEqualTo("Refused: sign-in refused (InsufficientAuthenticationException)");
    }
}
