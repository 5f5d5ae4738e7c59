package org.designcoach.security;

import org.designcoach.security.AccountEvents.AccountErased;
import org.designcoach.security.AccountEvents.AccountErasing;
import org.designcoach.security.AccountException.Field;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases an account on request, with what every feature keeps about the person, in one transaction.
 * The person's own work (practice sessions, sandbox designs, submissions, API tokens, notifications,
 * cohort places, one-time links) goes with the account row, by the features' listeners of
 * {@link AccountErasing} and by cascading foreign keys. What others need keeps its place under an
 * anonymous id instead of the name: reviews a mentor wrote for learners, and audit entries.
 */
@Service
public class AccountErasure {

    /** The outcome, for the admin who erased: the name that is gone and the id that now stands for it. */
    public record ErasedAccount(String username, String anonymousId) {
    }

    private final UserAccountRepository accounts;
    private final SignInThrottleRepository throttle;
    private final ApplicationEventPublisher events;

    AccountErasure(UserAccountRepository accounts, SignInThrottleRepository throttle, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
    }

    /**
     * Erases the account named {@code username}; {@code typedConfirmation} is what the admin typed to
     * confirm, which must be that username. Refused for one's own account and for the only enabled admin.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ErasedAccount erase(String username, String typedConfirmation) {
        String actor = AccountAdministration.requireAdmin();
        String name = Usernames.normalise(username);
        UserAccount account = accounts.findByUsername(name)
                .orElseThrow(() -> refused("There is no account named " + username.strip() + "."));
        if (!Usernames.normalise(typedConfirmation).equals(name)) {
            throw new AccountException(Field.USERNAME, "Type " + name + " exactly to confirm which account to erase.");
        }
        if (name.equals(actor)) {
            throw refused("You cannot erase your own account. Another admin can, if it must be.");
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled()) {
            boolean another = accounts.findByRoleAndEnabledTrue(Role.ADMIN).stream()
                    .anyMatch(other -> !other.getUsername().equals(name));
            if (!another) {
                throw refused(name + " is the only enabled admin and cannot be erased.");
            }
        }
        Role role = account.getRole();
        String anonymousId = ErasedNames.newAnonymousId();
        events.publishEvent(new AccountErasing(name, anonymousId, role, actor));
        throttle.findById(SignInThrottle.usernameKey(name)).ifPresent(throttle::delete);
        // Listeners may have run bulk updates that detach entities: find the account again to remove it.
        accounts.findByUsername(name).ifPresent(accounts::delete);
        accounts.flush();
        events.publishEvent(new AccountErased(name, anonymousId, role, actor));
        return new ErasedAccount(name, anonymousId);
    }

    private static AccountException refused(String message) {
        return new AccountException(Field.FORM, message);
    }
}
