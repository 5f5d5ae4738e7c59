package org.designcoach.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountEvents.AccountDisabled;
import org.designcoach.security.AccountEvents.AccountEnabled;
import org.designcoach.security.AccountEvents.PasswordResetIssued;
import org.designcoach.security.AccountEvents.ResetMethod;
import org.designcoach.security.AccountEvents.RoleChanged;
import org.designcoach.security.AccountException.Field;
import org.designcoach.security.PasswordResetToken.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to other people's accounts: list them, create and invite, disable and enable,
 * change roles and reset passwords. The instance always keeps an enabled admin, and no admin can
 * lock themselves out. Every change is announced as an {@link AccountEvents} record.
 */
@Service
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final AccountSearchQuery searchQuery;
    private final ResetTokens links;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, AccountSearchQuery searchQuery, ResetTokens links,
            PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.searchQuery = searchQuery;
        this.links = links;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the accounts that match, ordered by username. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> search(AccountSearch search, int offset, int limit) {
        requireAdmin();
        return searchQuery.find(search, offset, limit).stream().map(AccountSummary::of).toList();
    }

    /** How many accounts match, for the pages of the list. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count(AccountSearch search) {
        requireAdmin();
        return searchQuery.count(search);
    }

    /** Creates an account with a generated password to hand over once; it must be changed at first sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TemporaryPassword createWithTemporaryPassword(String username, Role role) {
        String actor = requireAdmin();
        String name = unusedUsername(username);
        String password = TemporaryPasswords.generate();
        accounts.save(UserAccount.withPasswordToReplace(name, encoder.encode(password), role, clock.instant()));
        events.publishEvent(new AccountCreated(name, role, actor));
        return new TemporaryPassword(name, password);
    }

    /** Creates an account that nobody can sign in to until its owner sets a password through the link. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OneTimeLink invite(String username, Role role) {
        String actor = requireAdmin();
        String name = unusedUsername(username);
        accounts.save(UserAccount.withPasswordToReplace(name, encoder.encode(TemporaryPasswords.unguessableSecret()), role,
                clock.instant()));
        events.publishEvent(new AccountCreated(name, role, actor));
        return links.issue(name, Purpose.INVITE);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void disable(String username) {
        String actor = requireAdmin();
        UserAccount account = existing(username);
        if (account.getUsername().equals(actor)) {
            throw refused("You cannot disable your own account. Another admin can, if it must be.");
        }
        if (!account.isEnabled()) {
            return;
        }
        if (account.getRole() == Role.ADMIN) {
            requireAnotherEnabledAdmin(account, "disabled");
        }
        account.setEnabled(false);
        events.publishEvent(new AccountDisabled(account.getUsername(), actor));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void enable(String username) {
        String actor = requireAdmin();
        UserAccount account = existing(username);
        if (account.isEnabled()) {
            return;
        }
        account.setEnabled(true);
        events.publishEvent(new AccountEnabled(account.getUsername(), actor));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeRole(String username, Role role) {
        String actor = requireAdmin();
        UserAccount account = existing(username);
        Role from = account.getRole();
        if (from == role) {
            return;
        }
        if (account.getUsername().equals(actor)) {
            throw refused("You cannot change your own role. Another admin can, if it must be.");
        }
        if (from == Role.ADMIN && account.isEnabled()) {
            requireAnotherEnabledAdmin(account, "made a " + role.name().toLowerCase(Locale.ROOT));
        }
        account.changeRole(role);
        events.publishEvent(new RoleChanged(account.getUsername(), from, role, actor));
    }

    /** A link valid for a day with which the person sets a new password; the old one works until then. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OneTimeLink issueResetLink(String username) {
        String actor = requireAdmin();
        UserAccount account = resettable(username, actor);
        OneTimeLink link = links.issue(account.getUsername(), Purpose.RESET);
        events.publishEvent(new PasswordResetIssued(account.getUsername(), ResetMethod.ONE_TIME_LINK, actor));
        return link;
    }

    /** Replaces the password at once with a generated one that must be changed at the next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TemporaryPassword issueTemporaryPassword(String username) {
        String actor = requireAdmin();
        UserAccount account = resettable(username, actor);
        String password = TemporaryPasswords.generate();
        account.setTemporaryPasswordHash(encoder.encode(password), clock.instant());
        links.retireAll(account.getUsername());
        events.publishEvent(new PasswordResetIssued(account.getUsername(), ResetMethod.TEMPORARY_PASSWORD, actor));
        return new TemporaryPassword(account.getUsername(), password);
    }

    /** The admin acting, checked here as well as by the annotation, so no caller can skip it. */
    static String requireAdmin() {
        if (!CurrentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators manage accounts.");
        }
        return Usernames.normalise(CurrentUser.username());
    }

    private String unusedUsername(String typed) {
        String name = Usernames.requireValid(typed);
        if (accounts.existsByUsername(name)) {
            throw new AccountException(Field.USERNAME, "There is already an account named " + name
                    + ". Choose another username.");
        }
        return name;
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(Usernames.normalise(username))
                .orElseThrow(() -> refused("There is no account named " + username.strip() + "."));
    }

    private UserAccount resettable(String username, String actor) {
        UserAccount account = existing(username);
        if (account.getUsername().equals(actor)) {
            throw refused("To change your own password, use Change password in your account menu.");
        }
        if (!account.isEnabled()) {
            throw refused(account.getUsername() + " is disabled. Enable the account first, then reset its password.");
        }
        return account;
    }

    /** Locks the enabled admins, so that a parallel change cannot remove the other one meanwhile. */
    private void requireAnotherEnabledAdmin(UserAccount admin, String change) {
        boolean another = accounts.findByRoleAndEnabledTrue(Role.ADMIN).stream()
                .anyMatch(other -> !other.getUsername().equals(admin.getUsername()));
        if (!another) {
            throw refused(admin.getUsername() + " is the only enabled admin and cannot be " + change
                    + ". Make another account an admin first, so that someone can still manage Design Coach.");
        }
    }

    private static AccountException refused(String message) {
        return new AccountException(Field.FORM, message);
    }
}
