package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountEvents.RoleChanged;
import org.designcoach.security.ProviderAccounts.ProviderIdentity;
import org.designcoach.security.ProviderAccounts.Refusal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Accounts of people who sign in through the identity provider, on the real schema (V11 included). */
@DataJpaTest(showSql = false)
@Import({AccountTestConfig.class, ProviderAccounts.class})
@Tag("database")
@RecordApplicationEvents
class ProviderAccountsTest {

    private static final String ISSUER = "https://login.example.com/realms/staff";
    private static final ProviderIdentity MIA = new ProviderIdentity(ISSUER, "f81d4fae", "mia@example.com",
            "Mia Lopez", "mia@example.com");

    @Autowired
    private ProviderAccounts providerAccounts;

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private ApplicationEvents events;

    @Test
    void theFirstSignInMakesTheAccountWithNameEmailAndRoleFromTheToken() {
        var signIn = providerAccounts.signIn(MIA, Optional.of(Role.MENTOR));

        assertThat(signIn.username()).isEqualTo("mia");
        UserAccount account = repository.findByUsername("mia").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.MENTOR);
        assertThat(account.getDisplayName()).isEqualTo("Mia Lopez");
        assertThat(account.getEmail()).isEqualTo("mia@example.com");
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(events.stream(AccountCreated.class))
                .containsExactly(new AccountCreated("mia", Role.MENTOR, ProviderAccounts.PROVIDER));
    }

    @Test
    void anAccountImportedForTheProviderIsTakenOverOnceByTheFirstSignInWithItsUsername() {
        repository.save(UserAccount.awaitingProvider("mia", encoder.encode("an unused secret"), Role.LEARNER, ISSUER,
                java.time.Instant.EPOCH));

        var signIn = providerAccounts.signIn(MIA, Optional.of(Role.MENTOR));
        var namesake = providerAccounts.signIn(new ProviderIdentity(ISSUER, "0a1b2c3d", "mia@elsewhere.example",
                null, null), Optional.of(Role.LEARNER));

        assertThat(signIn.username()).isEqualTo("mia");
        UserAccount account = repository.findBySsoIssuerAndSsoSubject(ISSUER, "f81d4fae").orElseThrow();
        assertThat(account.getUsername()).isEqualTo("mia");
        assertThat(account.getRole()).isEqualTo(Role.MENTOR);
        assertThat(account.getDisplayName()).isEqualTo("Mia Lopez");
        assertThat(namesake.username()).as("the account is bound to the first person only").isEqualTo("mia-2");
    }

    @Test
    void aPersonWhoSignsInThroughTheProviderHasNoPasswordOfOursToChangeAndALocalPersonHas() {
        providerAccounts.signIn(MIA, Optional.of(Role.MENTOR));
        accounts.createFirstAdmin("ada", "a local passphrase here", "a local passphrase here");

        TestAccounts.signInAs("mia", Role.MENTOR);
        try {
            assertThat(accounts.hasOwnPassword()).isFalse();
            TestAccounts.signInAs("ada", Role.ADMIN);
            assertThat(accounts.hasOwnPassword()).isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aLaterSignInUpdatesRoleNameAndEmailOfTheSameAccount() {
        providerAccounts.signIn(MIA, Optional.of(Role.LEARNER));

        var later = providerAccounts.signIn(new ProviderIdentity(ISSUER, "f81d4fae", "mia.renamed", "Mia Lopez-Diaz",
                "mia.lopez@example.com"), Optional.of(Role.ADMIN));

        assertThat(later.username()).isEqualTo("mia");
        assertThat(repository.count()).isEqualTo(1);
        UserAccount account = repository.findByUsername("mia").orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.ADMIN);
        assertThat(account.getDisplayName()).isEqualTo("Mia Lopez-Diaz");
        assertThat(account.getEmail()).isEqualTo("mia.lopez@example.com");
        assertThat(events.stream(RoleChanged.class))
                .containsExactly(new RoleChanged("mia", Role.LEARNER, Role.ADMIN, ProviderAccounts.PROVIDER));
    }

    @Test
    void aLocalAccountWithTheSameUsernameIsNeverTakenOver() {
        accounts.createFirstAdmin("mia", "a local passphrase here", "a local passphrase here");

        var signIn = providerAccounts.signIn(MIA, Optional.of(Role.LEARNER));

        assertThat(signIn.username()).isEqualTo("mia-2");
        assertThat(repository.findByUsername("mia").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(repository.findByUsername("mia-2").orElseThrow().getRole()).isEqualTo(Role.LEARNER);
    }

    @Test
    void theSameSubjectAtAnotherProviderIsAnotherPerson() {
        providerAccounts.signIn(MIA, Optional.of(Role.LEARNER));

        var other = providerAccounts.signIn(new ProviderIdentity("https://other.example.net", "f81d4fae", "mia", null,
                null), Optional.of(Role.LEARNER));

        assertThat(other.username()).isEqualTo("mia-2");
    }

    @Test
    void noMappedGroupRefusesTheSignInAndMakesNoAccount() {
        var signIn = providerAccounts.signIn(MIA, Optional.empty());

        assertThat(signIn.refusal()).isEqualTo(Refusal.NO_ROLE);
        assertThat(repository.count()).isZero();
    }

    @Test
    void aDisabledAccountIsRefusedAndKeepsItsRole() {
        providerAccounts.signIn(MIA, Optional.of(Role.LEARNER));
        repository.findByUsername("mia").orElseThrow().setEnabled(false);

        var signIn = providerAccounts.signIn(MIA, Optional.of(Role.MENTOR));

        assertThat(signIn.refusal()).isEqualTo(Refusal.DISABLED);
        assertThat(repository.findByUsername("mia").orElseThrow().getRole()).isEqualTo(Role.LEARNER);
    }

    @Test
    void theAccountCannotBeSignedInToWithAnyPassword() {
        providerAccounts.signIn(MIA, Optional.of(Role.LEARNER));

        String hash = repository.findByUsername("mia").orElseThrow().getPasswordHash();

        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(encoder.matches("mia", hash)).isFalse();
    }
}
