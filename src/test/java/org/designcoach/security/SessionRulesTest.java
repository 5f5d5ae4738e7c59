package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.designcoach.security.SessionRules.SignedIn;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");
    private static final String PASSWORD_SET = AccountState.stampOf("{pbkdf2@SpringSecurity_v5_8}first-salt-and-hash");
    private static final String PASSWORD_SET_AGAIN = AccountState.stampOf("{pbkdf2@SpringSecurity_v5_8}other-salt-and-hash");

    private final SessionRules rules = new SessionRules(Duration.ofMinutes(30), Duration.ofHours(12));

    @Test
    void aSessionThatAgreesWithItsAccountAndIsWithinItsLimitsGoesOn() {
        assertThat(rules.check(session(Role.ADMIN), account(Role.ADMIN, true, PASSWORD_SET), minutes(29)))
                .isEmpty();
    }

    @Test
    void aRoleChangedSinceSigningInEndsTheSessionEvenAPromotion() {
        assertThat(rules.check(session(Role.ADMIN), account(Role.LEARNER, true, PASSWORD_SET), minutes(1)))
                .contains(SessionEnd.ROLE_CHANGED);
        assertThat(rules.check(session(Role.LEARNER), account(Role.MENTOR, true, PASSWORD_SET), minutes(1)))
                .contains(SessionEnd.ROLE_CHANGED);
    }

    @Test
    void aSessionHoldingNoneOfOurRolesEndsAsIfItsRoleHadChanged() {
        var foreign = new SignedIn(null, PASSWORD_SET, SIGNED_IN, SIGNED_IN);

        assertThat(rules.check(foreign, account(Role.LEARNER, true, PASSWORD_SET), minutes(1)))
                .contains(SessionEnd.ROLE_CHANGED);
    }

    @Test
    void aDisabledAccountEndsTheSessionWhateverElseChanged() {
        assertThat(rules.check(session(Role.ADMIN), account(Role.LEARNER, false, PASSWORD_SET_AGAIN),
                minutes(1))).contains(SessionEnd.DISABLED);
    }

    @Test
    void anAccountThatIsGoneEndsTheSession() {
        assertThat(rules.check(session(Role.LEARNER), Optional.empty(), minutes(1))).contains(SessionEnd.ACCOUNT_GONE);
    }

    @Test
    void aPasswordSetAfterTheOneSignedInWithEndsTheSession() {
        assertThat(rules.check(session(Role.LEARNER), account(Role.LEARNER, true, PASSWORD_SET_AGAIN),
                minutes(1))).contains(SessionEnd.PASSWORD_CHANGED);
    }

    @Test
    void thePasswordStampIsAFingerprintOfTheStoredHashThatRevealsNoneOfIt() {
        String hash = "{pbkdf2@SpringSecurity_v5_8}0a1b2c3d4e5f";

        assertThat(AccountState.stampOf(hash)).isEqualTo(AccountState.stampOf(hash)).hasSize(32)
                .doesNotContain("0a1b2c3d4e5f");
        assertThat(AccountState.stampOf(hash)).isNotEqualTo(AccountState.stampOf(hash + "0"));
    }

    @Test
    void aSessionNotSignedInWithOurPasswordIsNotJudgedByIt() {
        var external = new SignedIn(Role.LEARNER, null, SIGNED_IN, SIGNED_IN);

        assertThat(rules.check(external, account(Role.LEARNER, true, PASSWORD_SET), minutes(1))).isEmpty();
    }

    @Test
    void thirtyMinutesWithoutActivityEndTheSession() {
        var active = new SignedIn(Role.LEARNER, PASSWORD_SET, SIGNED_IN, minutes(100));

        assertThat(rules.check(active, account(Role.LEARNER, true, PASSWORD_SET), minutes(129))).isEmpty();
        assertThat(rules.check(active, account(Role.LEARNER, true, PASSWORD_SET), minutes(130)))
                .contains(SessionEnd.IDLE);
    }

    @Test
    void aSessionBusyAllAlongStillEndsTwelveHoursAfterSigningIn() {
        Instant almost = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1);
        var busy = new SignedIn(Role.LEARNER, PASSWORD_SET, SIGNED_IN, almost);

        assertThat(rules.check(busy, account(Role.LEARNER, true, PASSWORD_SET), almost)).isEmpty();
        assertThat(rules.check(busy, account(Role.LEARNER, true, PASSWORD_SET), almost.plusSeconds(1)))
                .contains(SessionEnd.LIFETIME);
    }

    @Test
    void anAccountChangeIsToldRatherThanATimeout() {
        var idleAndOld = new SignedIn(Role.ADMIN, PASSWORD_SET, SIGNED_IN, SIGNED_IN);

        assertThat(rules.check(idleAndOld, account(Role.LEARNER, true, PASSWORD_SET), SIGNED_IN.plus(Duration.ofDays(1))))
                .contains(SessionEnd.ROLE_CHANGED);
    }

    @Test
    void limitsMustBeLongerThanZero() {
        assertThatThrownBy(() -> new SessionProperties(Duration.ZERO, Duration.ofHours(1)))
                .hasMessageContaining("designcoach.session.idle-timeout");
        assertThatThrownBy(() -> new SessionProperties(Duration.ofMinutes(1),
                Duration.ofMinutes(-1))).hasMessageContaining("designcoach.session.max-lifetime");
    }

    private static SignedIn session(Role role) {
        return new SignedIn(role, PASSWORD_SET, SIGNED_IN, SIGNED_IN);
    }

    private static Optional<AccountState> account(Role role, boolean enabled, String passwordStamp) {
        return Optional.of(new AccountState(role, enabled, passwordStamp));
    }

    private static Instant minutes(long minutes) {
        return SIGNED_IN.plus(Duration.ofMinutes(minutes));
    }
}
