package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountException.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
@RecordApplicationEvents
class PasswordResetServiceTest {

    private static final String NEW_PASSWORD = "amber kite over the lake";

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private PasswordResetTokenRepository tokens;

    @Autowired
    private AccountSearchQuery searchQuery;

    @Autowired
    private PasswordPolicy policy;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private ApplicationEventPublisher publisher;

    @Autowired
    private ApplicationEvents events;

    private final MutableClock clock = MutableClock.startingAt("2026-11-25T10:00:00Z");

    /** Built here with a clock the test moves; a clock bean would start a second application context. */
    private AccountAdministration administration;

    private PasswordResetService resets;

    @BeforeEach
    void anAdminAndALearner() {
        var links = new ResetTokens(tokens, clock);
        administration = new AccountAdministration(repository, searchQuery, links, encoder, publisher, clock);
        resets = new PasswordResetService(links, repository, policy, encoder, publisher, clock);
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("ada", Role.ADMIN);
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aResetLinkSetsThePasswordOnceAndNeverAgain() {
        String token = tokenOf(administration.issueResetLink("lena"));
        assertThat(resets.usernameFor(token)).contains("lena");

        resets.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(encoder.matches(NEW_PASSWORD, repository.findByUsername("lena").orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(resets.usernameFor(token)).isEmpty();
        assertThat(refusal(() -> resets.choosePassword(token, "another fine passphrase", "another fine passphrase")))
                .isEqualTo(PasswordResetService.LINK_NOT_USABLE);
        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged("lena", "lena"));
    }

    @Test
    void aResetLinkWorksForADay() {
        String token = tokenOf(administration.issueResetLink("lena"));

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(resets.usernameFor(token)).contains("lena");

        clock.advance(Duration.ofSeconds(1));
        assertThat(resets.usernameFor(token)).isEmpty();
        assertThat(refusal(() -> resets.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD)))
                .isEqualTo(PasswordResetService.LINK_NOT_USABLE);
    }

    @Test
    void anInvitationWorksForThreeDaysAndClearsTheNeedToChangeThePassword() {
        OneTimeLink invitation = administration.invite("grace", Role.MENTOR);
        assertThat(invitation.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));

        clock.advance(Duration.ofHours(71));
        resets.choosePassword(tokenOf(invitation), NEW_PASSWORD, NEW_PASSWORD);

        UserAccount grace = repository.findByUsername("grace").orElseThrow();
        assertThat(grace.mustChangePassword()).isFalse();
        assertThat(encoder.matches(NEW_PASSWORD, grace.getPasswordHash())).isTrue();
    }

    @Test
    void aNewLinkSupersedesTheOlderOne() {
        String older = tokenOf(administration.issueResetLink("lena"));
        String newer = tokenOf(administration.issueResetLink("lena"));

        assertThat(resets.usernameFor(older)).isEmpty();
        assertThat(resets.usernameFor(newer)).contains("lena");
    }

    @Test
    void aTemporaryPasswordRetiresOpenLinks() {
        String token = tokenOf(administration.issueResetLink("lena"));

        administration.issueTemporaryPassword("lena");

        assertThat(resets.usernameFor(token)).isEmpty();
    }

    @Test
    void changingOnesOwnPasswordRetiresOpenLinks() {
        String token = tokenOf(administration.issueResetLink("lena"));
        TestAccounts.signInAs("lena");

        accounts.changeOwnPassword(TestAccounts.PASSPHRASE, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(resets.usernameFor(token)).isEmpty();
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() {
        String token = tokenOf(administration.issueResetLink("lena"));

        assertThat(fieldOf(() -> resets.choosePassword(token, "short", "short"))).isEqualTo(Field.PASSWORD);
        assertThat(fieldOf(() -> resets.choosePassword(token, NEW_PASSWORD, NEW_PASSWORD + "!")))
                .isEqualTo(Field.CONFIRMATION);

        assertThat(resets.usernameFor(token)).contains("lena");
    }

    @Test
    void theLinkOfADisabledAccountDoesNotWork() {
        String token = tokenOf(administration.issueResetLink("lena"));
        administration.disable("lena");

        assertThat(resets.usernameFor(token)).isEmpty();
    }

    @Test
    void onlyAHashOfTheRandomTokenIsStored() {
        String token = tokenOf(administration.issueResetLink("lena"));

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.findAll()).singleElement().satisfies(stored -> {
            assertThat(stored.tokenHash()).isEqualTo(ResetTokens.hash(token)).doesNotContain(token);
            assertThat(stored.purpose()).isEqualTo(PasswordResetToken.Purpose.RESET);
        });
    }

    @Test
    void anUnknownOrMalformedTokenOpensNothing() {
        administration.issueResetLink("lena");

        assertThat(resets.usernameFor("not-a-token")).isEmpty();
        assertThat(resets.usernameFor("")).isEmpty();
        assertThat(resets.usernameFor("x".repeat(5_000))).isEmpty();
    }

    private static String tokenOf(OneTimeLink link) {
        return link.path().substring("reset/".length());
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (AccountException e) {
            assertThat(e.field()).isEqualTo(Field.FORM);
            return e.getMessage();
        }
        throw new AssertionError("expected the request to be refused");
    }

    private static Field fieldOf(Runnable action) {
        try {
            action.run();
        } catch (AccountException e) {
            return e.field();
        }
        throw new AssertionError("expected the request to be refused");
    }
}
