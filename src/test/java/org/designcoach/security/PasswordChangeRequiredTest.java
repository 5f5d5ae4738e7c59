package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.designcoach.TestAccounts;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountException.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
@RecordApplicationEvents
class PasswordChangeRequiredTest {

    private static final String OWN_PASSWORD = "harbour lights at dusk";

    @Autowired
    private AccountService accounts;

    @Autowired
    private AccountAdministration administration;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private ApplicationEvents events;

    private String temporaryPassword = "";

    @BeforeEach
    void lenaGotATemporaryPassword() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("ada", Role.ADMIN);
        temporaryPassword = administration.issueTemporaryPassword("lena").password();
        TestAccounts.signInAs("lena");
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void choosingAnOwnPasswordClearsTheRequirement() {
        assertThat(accounts.mustChangeOwnPassword()).isTrue();

        accounts.chooseRequiredPassword(OWN_PASSWORD, OWN_PASSWORD);

        assertThat(accounts.mustChangeOwnPassword()).isFalse();
        assertThat(encoder.matches(OWN_PASSWORD, repository.findByUsername("lena").orElseThrow().getPasswordHash()))
                .isTrue();
        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged("lena", "lena"));
    }

    @Test
    void theTemporaryPasswordCannotBeChosenAgainNorABadOne() {
        assertThat(fieldOf(() -> accounts.chooseRequiredPassword(temporaryPassword, temporaryPassword)))
                .isEqualTo(Field.PASSWORD);
        assertThat(fieldOf(() -> accounts.chooseRequiredPassword("password1", "password1"))).isEqualTo(Field.PASSWORD);
        assertThat(fieldOf(() -> accounts.chooseRequiredPassword(OWN_PASSWORD, "something else")))
                .isEqualTo(Field.CONFIRMATION);

        assertThat(accounts.mustChangeOwnPassword()).isTrue();
    }

    @Test
    void withoutTheRequirementAPasswordIsChangedOnlyWithTheCurrentOne() {
        accounts.chooseRequiredPassword(OWN_PASSWORD, OWN_PASSWORD);

        assertThat(fieldOf(() -> accounts.chooseRequiredPassword("a second passphrase", "a second passphrase")))
                .isEqualTo(Field.FORM);
    }

    @Test
    void theOrdinaryPasswordChangeAlsoClearsTheRequirement() {
        accounts.changeOwnPassword(temporaryPassword, OWN_PASSWORD, OWN_PASSWORD);

        assertThat(accounts.mustChangeOwnPassword()).isFalse();
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
