package org.designcoach.security;

import java.time.Clock;
import java.util.Optional;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountEvents.RoleChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of people who sign in through the identity provider. The first sign-in makes the
 * account; every sign-in brings its name, email and role up to date with the provider's token. An
 * account is found by the provider's issuer and the person's subject there, never by a username or an
 * email address, which a provider lets people change.
 */
@Service
class ProviderAccounts {

    /** The actor of changes that come from the identity provider; parentheses never occur in usernames. */
    static final String PROVIDER = "(single sign-on)";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderAccounts(UserAccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** What the provider's token says about a person who signs in. */
    record ProviderIdentity(String issuer, String subject, @Nullable String preferredUsername,
            @Nullable String displayName, @Nullable String email) {
    }

    /** Why a person who proved who they are at the provider still may not sign in. */
    enum Refusal {
        /** None of their groups gives a Design Coach role. */
        NO_ROLE,
        /** An admin disabled their account. */
        DISABLED
    }

    /** The outcome: the username signed in, or why not. */
    record SignIn(@Nullable String username, @Nullable Refusal refusal) {

        static SignIn of(String username) {
            return new SignIn(username, null);
        }

        static SignIn refused(Refusal why) {
            return new SignIn(null, why);
        }
    }

    /** Signs the person in with the role their groups give, making or updating their account. */
    @Transactional
    SignIn signIn(ProviderIdentity identity, Optional<Role> role) {
        if (role.isEmpty()) {
            return SignIn.refused(Refusal.NO_ROLE);
        }
        Optional<UserAccount> existing = accounts.findBySsoIssuerAndSsoSubject(identity.issuer(), identity.subject());
        if (existing.isEmpty()) {
            existing = imported(identity);
        }
        if (existing.isEmpty()) {
            return SignIn.of(create(identity, role.get()));
        }
        UserAccount account = existing.get();
        if (!account.isEnabled()) {
            return SignIn.refused(Refusal.DISABLED);
        }
        account.changeProfile(identity.displayName(), identity.email());
        Role from = account.getRole();
        if (from != role.get()) {
            account.changeRole(role.get());
            events.publishEvent(new RoleChanged(account.getUsername(), from, role.get(), PROVIDER));
        }
        return SignIn.of(account.getUsername());
    }

    /**
     * The account an admin imported for this person, found by the username the provider gives them, and
     * bound to them for good: only accounts made for this provider and never signed in to qualify, never a
     * local account.
     */
    private Optional<UserAccount> imported(ProviderIdentity identity) {
        String username = ProviderUsernames.choose(identity.preferredUsername(), identity.subject(), name -> false);
        Optional<UserAccount> waiting = accounts.findByUsernameAndSsoIssuerAndSsoSubjectIsNull(username,
                identity.issuer());
        waiting.ifPresent(account -> account.bindSubject(identity.subject()));
        return waiting;
    }

    private String create(ProviderIdentity identity, Role role) {
        String username = ProviderUsernames.choose(identity.preferredUsername(), identity.subject(),
                accounts::existsByUsername);
        var account = UserAccount.fromProvider(username, encoder.encode(TemporaryPasswords.unguessableSecret()), role,
                identity.issuer(), identity.subject(), clock.instant());
        account.changeProfile(identity.displayName(), identity.email());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException sameMoment) {
            // The same person's second tab, or another person given the same username, at the same moment.
            throw new IllegalStateException("The account for " + username + " was made by another sign-in at the "
                    + "same moment; signing in again finds it", sameMoment);
        }
        events.publishEvent(new AccountCreated(username, role, PROVIDER));
        return username;
    }
}
