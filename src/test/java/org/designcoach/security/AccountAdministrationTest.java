package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountEvents.AccountDisabled;
import org.designcoach.security.AccountEvents.AccountEnabled;
import org.designcoach.security.AccountEvents.PasswordResetIssued;
import org.designcoach.security.AccountEvents.ResetMethod;
import org.designcoach.security.AccountEvents.RoleChanged;
import org.designcoach.security.AccountException.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
@RecordApplicationEvents
class AccountAdministrationTest {

    @Autowired
    private AccountAdministration administration;

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserAccountRepository repository;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private AuthenticationProvider signIn;

    @Autowired
    private AccountUserDetailsService userDetails;

    @Autowired
    private ApplicationEvents events;

    @BeforeEach
    void anAdminAndTwoLearners() {
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.signInAs("ada", Role.ADMIN);
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAccountCreatedWithATemporaryPasswordMustChangeItAtFirstSignIn() {
        TemporaryPassword issued = administration.createWithTemporaryPassword(" Grace ", Role.MENTOR);

        assertThat(issued.username()).isEqualTo("grace");
        assertThat(issued.password()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        UserAccount grace = repository.findByUsername("grace").orElseThrow();
        assertThat(encoder.matches(issued.password(), grace.getPasswordHash())).isTrue();
        assertThat(grace.mustChangePassword()).isTrue();
        assertThat(grace.getRole()).isEqualTo(Role.MENTOR);
        assertThat(events.stream(AccountCreated.class)).contains(new AccountCreated("grace", Role.MENTOR, "ada"));
    }

    @Test
    void peopleWhoCreateTheirOwnAccountAreTheirOwnActors() {
        assertThat(events.stream(AccountCreated.class)).containsExactly(
                new AccountCreated("ada", Role.ADMIN, "ada"),
                new AccountCreated("lena", Role.LEARNER, "lena"),
                new AccountCreated("omar", Role.LEARNER, "omar"));
    }

    @Test
    void everyTemporaryPasswordIsNew() {
        String first = administration.createWithTemporaryPassword("grace", Role.LEARNER).password();
        String second = administration.issueTemporaryPassword("grace").password();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aNewAccountNeedsAValidUnusedUsername() {
        assertThat(fieldOf(() -> administration.createWithTemporaryPassword("x", Role.LEARNER)))
                .isEqualTo(Field.USERNAME);
        assertThat(fieldOf(() -> administration.invite("Lena", Role.LEARNER))).isEqualTo(Field.USERNAME);
        assertThat(repository.count()).isEqualTo(3);
    }

    @Test
    void anInvitedAccountWaitsForItsOwnerToChooseAPassword() {
        OneTimeLink link = administration.invite("grace", Role.LEARNER);

        assertThat(link.path()).startsWith("reset/");
        assertThat(link.username()).isEqualTo("grace");
        assertThat(repository.findByUsername("grace").orElseThrow().mustChangePassword()).isTrue();
        assertThat(events.stream(AccountCreated.class)).contains(new AccountCreated("grace", Role.LEARNER, "ada"));
    }

    @Test
    void theListFiltersByNameRoleAndState() {
        TestAccounts.mentors(accounts, "max_power", "maxim");
        TestAccounts.signInAs("ada", Role.ADMIN);
        administration.disable("maxim");

        assertThat(usernames(new AccountSearch("MAX", null, null))).containsExactly("max_power", "maxim");
        assertThat(usernames(new AccountSearch("x_", null, null))).as("an underscore is no wildcard")
                .containsExactly("max_power");
        assertThat(usernames(new AccountSearch("", Role.LEARNER, null))).containsExactly("lena", "omar");
        assertThat(usernames(new AccountSearch("", Role.MENTOR, false))).containsExactly("maxim");
        assertThat(administration.count(AccountSearch.ALL)).isEqualTo(5);
        assertThat(administration.search(AccountSearch.ALL, 1, 2)).extracting(AccountSummary::username)
                .containsExactly("lena", "max_power");
    }

    @Test
    void onlyAdminsAdministerAccounts() {
        TestAccounts.signInAs("lena");

        assertThatThrownBy(() -> administration.search(AccountSearch.ALL, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRole("lena", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByUsername("lena").orElseThrow().getRole()).isEqualTo(Role.LEARNER);
    }

    @Test
    void aDisabledAccountCannotSignInUntilItIsEnabledAgain() {
        administration.disable("lena");

        assertThat(userDetails.loadUserByUsername("lena").isEnabled()).isFalse();
        assertThatThrownBy(() -> signIn.authenticate(passwordOf("lena")))
                .isInstanceOf(AuthenticationException.class);

        administration.enable("lena");

        assertThat(signIn.authenticate(passwordOf("lena")).isAuthenticated()).isTrue();
        assertThat(events.stream(Object.class))
                .filteredOn(event -> event instanceof AccountDisabled || event instanceof AccountEnabled)
                .containsExactly(new AccountDisabled("lena", "ada"), new AccountEnabled("lena", "ada"));
    }

    @Test
    void anAdminCannotDisableThemselves() {
        assertThat(refusal(() -> administration.disable("ada"))).contains("your own account");
        assertThat(repository.findByUsername("ada").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void anAdminCannotChangeTheirOwnRole() {
        TestAccounts.mentors(accounts, "max");
        administration.changeRole("max", Role.ADMIN);

        assertThat(refusal(() -> administration.changeRole("ada", Role.LEARNER))).contains("your own role");
        assertThat(repository.findByUsername("ada").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        TestAccounts.signInAs("root", Role.ADMIN);

        assertThat(refusal(() -> administration.disable("ada"))).contains("only enabled admin");
        assertThat(refusal(() -> administration.changeRole("ada", Role.MENTOR))).contains("only enabled admin");
        UserAccount ada = repository.findByUsername("ada").orElseThrow();
        assertThat(ada.isEnabled()).isTrue();
        assertThat(ada.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdminCanBeDisabledOrDemotedWhileAnotherEnabledAdminRemains() {
        administration.changeRole("lena", Role.ADMIN);
        administration.changeRole("omar", Role.ADMIN);
        administration.disable("omar");

        administration.changeRole("lena", Role.MENTOR);

        assertThat(refusal(() -> administration.enable("nobody"))).contains("no account named nobody");
        TestAccounts.signInAs("root", Role.ADMIN);
        assertThat(refusal(() -> administration.disable("ada"))).as("a disabled admin does not count")
                .contains("only enabled admin");
        assertThat(events.stream(RoleChanged.class)).containsExactly(
                new RoleChanged("lena", Role.LEARNER, Role.ADMIN, "ada"),
                new RoleChanged("omar", Role.LEARNER, Role.ADMIN, "ada"),
                new RoleChanged("lena", Role.ADMIN, Role.MENTOR, "ada"));
    }

    @Test
    void aTemporaryPasswordReplacesTheOldOneAtOnce() {
        TemporaryPassword issued = administration.issueTemporaryPassword("lena");

        assertThatThrownBy(() -> signIn.authenticate(passwordOf("lena"))).isInstanceOf(AuthenticationException.class);
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lena", issued.password()))
                .isAuthenticated()).isTrue();
        assertThat(repository.findByUsername("lena").orElseThrow().mustChangePassword()).isTrue();
        assertThat(events.stream(PasswordResetIssued.class))
                .containsExactly(new PasswordResetIssued("lena", ResetMethod.TEMPORARY_PASSWORD, "ada"));
    }

    @Test
    void aResetLinkKeepsTheOldPasswordWorkingUntilItIsUsed() {
        administration.issueResetLink("lena");

        assertThat(signIn.authenticate(passwordOf("lena")).isAuthenticated()).isTrue();
        assertThat(events.stream(PasswordResetIssued.class))
                .containsExactly(new PasswordResetIssued("lena", ResetMethod.ONE_TIME_LINK, "ada"));
    }

    @Test
    void passwordsAreNotResetForOneselfOrForADisabledAccount() {
        assertThat(refusal(() -> administration.issueResetLink("ada"))).contains("your own password");
        administration.disable("lena");
        assertThat(refusal(() -> administration.issueTemporaryPassword("lena"))).contains("Enable the account first");
        assertThat(events.stream(PasswordResetIssued.class)).isEmpty();
    }

    private static UsernamePasswordAuthenticationToken passwordOf(String username) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, TestAccounts.PASSPHRASE);
    }

    private List<String> usernames(AccountSearch search) {
        return administration.search(search, 0, 50).stream().map(AccountSummary::username).toList();
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
