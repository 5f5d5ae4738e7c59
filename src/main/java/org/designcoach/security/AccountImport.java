package org.designcoach.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountException.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made in bulk from an admin's file. Each gets a temporary password to be replaced at first
 * sign-in, unless people sign in only through the identity provider: then no password is made at all, and
 * the person's first sign-in there with the same username takes the account over.
 * The caller's transaction spans the whole file, so a failure leaves none of its accounts behind.
 */
@Service
public class AccountImport {

    /** One account as the file describes it. */
    public record NewAccount(String username, Role role, @Nullable String displayName, @Nullable String email) {
    }

    /** The account made; {@code temporaryPassword} is to be handed over once, and absent without local passwords. */
    public record ImportedAccount(String username, Role role, @Nullable String temporaryPassword) {
    }

    private final UserAccountRepository accounts;
    private final SingleSignOn singleSignOn;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountImport(UserAccountRepository accounts, SingleSignOn singleSignOn, PasswordEncoder encoder,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.singleSignOn = singleSignOn;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Which of these (normalised) usernames are taken already. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Set<String> existing(Collection<String> usernames) {
        AccountAdministration.requireAdmin();
        List<String> names = usernames.stream().map(Usernames::normalise).distinct().toList();
        return names.isEmpty() ? Set.of() : new TreeSet<>(accounts.findExistingUsernames(names));
    }

    /** Whether imported accounts get a temporary password: not when only the identity provider signs people in. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean issuesPasswords() {
        return singleSignOn.allowsLocalPasswords();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportedAccount create(NewAccount wanted) {
        String actor = AccountAdministration.requireAdmin();
        String name = Usernames.requireValid(wanted.username());
        if (accounts.existsByUsername(name)) {
            throw new AccountException(Field.USERNAME, "There is already an account named " + name + ".");
        }
        boolean withPassword = issuesPasswords();
        String password = withPassword ? TemporaryPasswords.generate() : TemporaryPasswords.unguessableSecret();
        String issuer = singleSignOn.issuer();
        var account = withPassword || issuer == null
                ? UserAccount.withPasswordToReplace(name, encoder.encode(password), wanted.role(), clock.instant())
                : UserAccount.awaitingProvider(name, encoder.encode(password), wanted.role(), issuer.strip(),
                        clock.instant());
        account.changeProfile(wanted.displayName(), wanted.email());
        accounts.save(account);
        events.publishEvent(new AccountCreated(name, wanted.role(), actor));
        return new ImportedAccount(name, wanted.role(), withPassword ? password : null);
    }
}
