package org.designcoach;

import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts for service and view tests: an admin so that no page asks for setup, and learners. */
public final class TestAccounts {

    public static final String PASSPHRASE = "quiet copper meadow";

    private TestAccounts() {
    }

    /** Creates the admin "ada" and the given learners, all with {@link #PASSPHRASE}. */
    public static void adminAndLearners(AccountService accounts, String... learners) {
        accounts.createFirstAdmin("ada", PASSPHRASE, PASSPHRASE);
        for (String learner : learners) {
            accounts.register(learner, PASSPHRASE, PASSPHRASE);
        }
    }

    /** Makes the current thread act as this learner, as a signed-in request would. */
    public static void signInAs(String username) {
        signInAs(username, Role.LEARNER);
    }

    /** Makes the current thread act as this user with this role. */
    public static void signInAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
    }

    /** Creates mentors with {@link #PASSPHRASE}, acting as the admin "ada" for a moment. */
    public static void mentors(AccountService accounts, String... mentors) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        signInAs("ada", Role.ADMIN);
        try {
            for (String mentor : mentors) {
                accounts.createAccount(mentor, PASSPHRASE, Role.MENTOR);
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
