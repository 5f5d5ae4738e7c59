package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.designcoach.MutableClock;
import org.designcoach.security.AccountEvents.LockedOut;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DataJpaTest(showSql = false)
@Import(AccountTestConfig.class)
@Tag("database")
@RecordApplicationEvents
class SignInThrottleTest {

    @Autowired
    private SignInThrottle throttle;

    @Autowired
    private MutableClock clock;

    @Autowired
    private ApplicationEvents events;

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }

    @Test
    void fiveFailuresLockTheUsernameUntilTheLockRunsOut() {
        failTimes("grace", 5);

        assertThatThrownBy(() -> throttle.checkNotLocked("grace")).isInstanceOf(SignInLockedException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> throttle.checkNotLocked("grace")).doesNotThrowAnyException();
    }

    @Test
    void theFailureThatLocksAnnouncesTheLockOnce() {
        failTimes("Grace", 4);
        assertThat(events.stream(LockedOut.class)).isEmpty();

        failTimes("Grace", 1);

        assertThat(events.stream(LockedOut.class))
                .containsExactly(new LockedOut("grace", clock.instant().plus(SignInThrottle.FIRST_LOCK)));
    }

    @Test
    void unknownUsernamesAreLockedExactlyLikeRealOnes() {
        failTimes("nobody-by-this-name", 5);

        assertThatThrownBy(() -> throttle.checkNotLocked("Nobody-By-This-Name")).isInstanceOf(SignInLockedException.class);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes("grace", 4);
        throttle.recordSuccess("grace");
        failTimes("grace", 4);

        assertThatCode(() -> throttle.checkNotLocked("grace")).doesNotThrowAnyException();
    }

    @Test
    void absurdlyLongUsernamesAreCountedWithoutError() {
        String typed = "x".repeat(5_000);
        failTimes(typed, 5);

        assertThatThrownBy(() -> throttle.checkNotLocked(typed)).isInstanceOf(SignInLockedException.class);
    }
}
