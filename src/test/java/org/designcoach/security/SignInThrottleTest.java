package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.designcoach.MutableClock;
import org.designcoach.security.AccountEvents.AddressThrottled;
import org.designcoach.security.AccountEvents.LockedOut;
import org.designcoach.security.SignInLockedException.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.context.event.RecordApplicationEvents;

@DataJpaTest(showSql = false)
@Import(AccountTestConfig.class)
@Tag("database")
@RecordApplicationEvents
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SignInThrottleTest {

    private static final String STRANGER = "198.51.100.9";
    private static final String OFFICE = "203.0.113.7";

    @Autowired
    private SignInThrottle throttle;

    @Autowired
    private MutableClock clock;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private SignInThrottleRepository entries;

    /** Failures commit on their own; each test starts from none. */
    @BeforeEach
    void noFailuresYet() {
        entries.deleteAll();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    private Scope heldBack(String username, String address) {
        try {
            throttle.checkNotLocked(username, address);
            throw new AssertionError(username + " from " + address + " is not held back");
        } catch (SignInLockedException e) {
            return e.scope();
        }
    }

    @Test
    void fiveFailuresLockTheUsernameFromThatAddressUntilTheLockRunsOut() {
        failTimes("grace", STRANGER, 5);

        assertThat(heldBack("grace", STRANGER)).isEqualTo(Scope.USERNAME_FROM_ADDRESS);

        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> throttle.checkNotLocked("grace", STRANGER)).doesNotThrowAnyException();
    }

    @Test
    void aStrangersFailuresDoNotLockTheOwnerOutFromAnotherAddress() {
        failTimes("ada", STRANGER, 5);

        assertThat(heldBack("ada", STRANGER)).isEqualTo(Scope.USERNAME_FROM_ADDRESS);
        assertThatCode(() -> throttle.checkNotLocked("ada", OFFICE)).doesNotThrowAnyException();
    }

    @Test
    void oneAddressTryingManyUsernamesIsPausedForAllOfThem() {
        for (int i = 0; i < SignInThrottle.ADDRESS_MAX_FAILURES; i++) {
            throttle.recordFailure("user" + i, STRANGER);
        }

        assertThat(heldBack("someone-else", STRANGER)).isEqualTo(Scope.ADDRESS);
        assertThatCode(() -> throttle.checkNotLocked("someone-else", OFFICE)).doesNotThrowAnyException();
        assertThat(events.stream(AddressThrottled.class)).containsExactly(
                new AddressThrottled(STRANGER, clock.instant().plus(SignInThrottle.FIRST_LOCK)));
    }

    @Test
    void typosSpreadOverADayAtASharedAddressNeverPauseIt() {
        for (int i = 0; i < 3 * SignInThrottle.ADDRESS_MAX_FAILURES; i++) {
            throttle.recordFailure("colleague" + i, OFFICE);
            clock.advance(Duration.ofMinutes(61));
        }

        assertThatCode(() -> throttle.checkNotLocked("anyone", OFFICE)).doesNotThrowAnyException();
    }

    @Test
    void aLockoutLongAgoNoLongerDoublesTheNextOne() {
        failTimes("grace", STRANGER, 5);
        clock.advance(Duration.ofMinutes(1));
        failTimes("grace", STRANGER, 5);
        clock.advance(Duration.ofDays(2));
        failTimes("grace", STRANGER, 5);
        Instant lockedAt = clock.instant();

        clock.advance(SignInThrottle.FIRST_LOCK);
        assertThatCode(() -> throttle.checkNotLocked("grace", STRANGER)).as("locked at %s", lockedAt)
                .doesNotThrowAnyException();
    }

    @Test
    void manyFailuresFromManyAddressesOnlyDelayTheUsernameBriefly() {
        for (int i = 0; i < SignInThrottle.USERNAME_SLOW_AFTER; i++) {
            throttle.recordFailure("ada", "192.0.2." + i);
        }

        assertThat(heldBack("ada", OFFICE)).isEqualTo(Scope.USERNAME_EVERYWHERE);
        clock.advance(SignInThrottle.USERNAME_DELAY);
        assertThatCode(() -> throttle.checkNotLocked("ada", OFFICE)).doesNotThrowAnyException();
    }

    @Test
    void belowTheUsernameThresholdFailuresFromManyAddressesDoNotSlowIt() {
        for (int i = 0; i < SignInThrottle.USERNAME_SLOW_AFTER - 1; i++) {
            throttle.recordFailure("ada", "192.0.2." + i);
        }

        assertThatCode(() -> throttle.checkNotLocked("ada", OFFICE)).doesNotThrowAnyException();
    }

    @Test
    void theFailureThatLocksAnnouncesTheLockOnce() {
        failTimes("Grace", STRANGER, 4);
        assertThat(events.stream(LockedOut.class)).isEmpty();

        failTimes("Grace", STRANGER, 1);

        assertThat(events.stream(LockedOut.class))
                .containsExactly(new LockedOut("grace", clock.instant().plus(SignInThrottle.FIRST_LOCK)));
    }

    @Test
    void unknownUsernamesAreLockedExactlyLikeRealOnes() {
        failTimes("nobody-by-this-name", STRANGER, 5);

        assertThatThrownBy(() -> throttle.checkNotLocked("Nobody-By-This-Name", STRANGER))
                .isInstanceOf(SignInLockedException.class);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        failTimes("grace", STRANGER, 4);
        throttle.recordSuccess("grace", STRANGER);
        failTimes("grace", STRANGER, 4);

        assertThatCode(() -> throttle.checkNotLocked("grace", STRANGER)).doesNotThrowAnyException();
    }

    @Test
    void absurdlyLongUsernamesAndAddressesAreCountedWithoutError() {
        String typed = "x".repeat(5_000);
        String address = "f".repeat(500);
        failTimes(typed, address, 5);

        assertThatThrownBy(() -> throttle.checkNotLocked(typed, address)).isInstanceOf(SignInLockedException.class);
    }

    @Test
    void withoutAnAddressTheAttemptsShareOneUnknownAddress() {
        failTimes("grace", null, 5);

        assertThatThrownBy(() -> throttle.checkNotLocked("grace", null)).isInstanceOf(SignInLockedException.class);
    }
}
