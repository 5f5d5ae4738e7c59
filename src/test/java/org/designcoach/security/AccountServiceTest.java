package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountException.Field;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@DataJpaTest(showSql = false)
@Import(AccountTestConfig.class)
@Tag("database")
@RecordApplicationEvents
class AccountServiceTest {

    private static final String PASSPHRASE = "brisk orange ferry";

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private ApplicationEvents events;

    @Test
    void anEmptyDatabaseNeedsSetupUntilTheFirstAdminExists() {
        assertThat(accounts.needsSetup()).isTrue();

        accounts.createFirstAdmin("Ada", PASSPHRASE, PASSPHRASE);

        assertThat(accounts.needsSetup()).isFalse();
        UserAccount admin = repository.findByUsername("ada").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain(PASSPHRASE);
    }

    @Test
    void setupCannotRunTwice() {
        accounts.createFirstAdmin("ada", PASSPHRASE, PASSPHRASE);

        assertThatThrownBy(() -> accounts.createFirstAdmin("mallory", PASSPHRASE, PASSPHRASE))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo(Field.FORM));
        assertThat(repository.existsByUsername("mallory")).isFalse();
    }

    @Test
    void aRegisteredPersonIsALearner() {
        accounts.register("grace", PASSPHRASE, PASSPHRASE);

        assertThat(repository.findByUsername("grace").orElseThrow().getRole()).isEqualTo(Role.LEARNER);
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        accounts.register("grace", PASSPHRASE, PASSPHRASE);

        assertThatThrownBy(() -> accounts.register("Grace", PASSPHRASE, PASSPHRASE))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(Field.USERNAME);
                    assertThat(e.getMessage()).contains("taken");
                });
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThat(fieldOf(() -> accounts.register("x", PASSPHRASE, PASSPHRASE))).isEqualTo(Field.USERNAME);
        assertThat(fieldOf(() -> accounts.register("grace", "short", "short"))).isEqualTo(Field.PASSWORD);
        assertThat(fieldOf(() -> accounts.register("grace", "password1", "password1"))).isEqualTo(Field.PASSWORD);
        assertThat(fieldOf(() -> accounts.register("grace", PASSPHRASE, PASSPHRASE + "!"))).isEqualTo(Field.CONFIRMATION);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void registrationIsOpenByDefaultAndAnAdminCanCloseIt() {
        assertThat(accounts.isRegistrationOpen()).isTrue();

        accounts.setRegistrationOpen(false);

        assertThat(accounts.isRegistrationOpen()).isFalse();
        assertThat(fieldOf(() -> accounts.register("grace", PASSPHRASE, PASSPHRASE))).isEqualTo(Field.FORM);
    }

    @Test
    @WithMockUser(username = "grace")
    void aPasswordChangeNeedsTheCurrentPassword() {
        accounts.register("grace", PASSPHRASE, PASSPHRASE);

        assertThat(fieldOf(() -> accounts.changeOwnPassword("wrong guess", "calm violet harbour", "calm violet harbour")))
                .isEqualTo(Field.CURRENT_PASSWORD);

        assertThat(events.stream(PasswordChanged.class)).isEmpty();

        accounts.changeOwnPassword(PASSPHRASE, "calm violet harbour", "calm violet harbour");

        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged("grace", "grace"));
        assertThat(encoder.matches("calm violet harbour", repository.findByUsername("grace").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithMockUser(username = "henry")
    void theCurrentPasswordCheckIsThrottledLikeSignIn() {
        accounts.register("henry", PASSPHRASE, PASSPHRASE);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            String guess = "guess " + i;
            assertThat(fieldOf(() -> accounts.changeOwnPassword(guess, "calm violet harbour",
                    "calm violet harbour"))).isEqualTo(Field.CURRENT_PASSWORD);
        }

        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSPHRASE, "calm violet harbour", "calm violet harbour"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo(Field.CURRENT_PASSWORD);
                    assertThat(e.getMessage()).startsWith("Too many wrong passwords.").contains("Try again in 1 minute.");
                });
        assertThat(events.stream(PasswordChanged.class)).isEmpty();
        assertThat(events.stream(AccountEvents.LockedOut.class)).extracting(AccountEvents.LockedOut::username)
                .containsExactly("henry");
    }

    @Test
    void nobodySignedInCannotChangeAPassword() {
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSPHRASE, "calm violet harbour", "calm violet harbour"))
                .isInstanceOf(AccessDeniedException.class);
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
