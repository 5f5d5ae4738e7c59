package org.designcoach.security;

import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Optional;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.UserAccountRepository.StateRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The account side of signed-in sessions: the state every request is checked against (see
 * {@link AccountSessionFilter}), and the one session that must survive a password change, the
 * session in which the person changed it.
 */
@Component
class SignedInSessions {

    private final UserAccountRepository accounts;
    private final TransactionTemplate reading;
    private final TransactionTemplate readingAfterCommit;

    SignedInSessions(UserAccountRepository accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        // Read just after another transaction committed (below), which must not be joined.
        this.readingAfterCommit = new TransactionTemplate(transactions);
        readingAfterCommit.setReadOnly(true);
        readingAfterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The account as stored now. */
    Optional<AccountState> stateOf(String username) {
        return stateOf(username, reading);
    }

    private Optional<AccountState> stateOf(String username, TransactionTemplate template) {
        return Objects.requireNonNull(template.execute(
                status -> accounts.findStateByUsername(Usernames.normalise(username)).map(SignedInSessions::state)));
    }

    private static AccountState state(StateRow row) {
        return AccountState.of(row.getRole(), row.isEnabled(), row.getPasswordHash());
    }

    /**
     * After people change their own password, the session they did it in carries the new password's
     * stamp; their other sessions keep the old one and end at their next request.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void passwordChanged(PasswordChanged event) {
        if (!event.actor().equals(event.username())) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = currentSession();
        if (session == null || authentication == null
                || !(authentication.getPrincipal() instanceof SignedInAccount signedIn)
                || !signedIn.getUsername().equals(event.username())) {
            return;
        }
        stateOf(event.username(), readingAfterCommit).ifPresent(state -> {
            var renewed = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.withPasswordStamp(state.passwordStamp()), null, authentication.getAuthorities());
            renewed.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(renewed);
            SecurityContextHolder.setContext(context);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        });
    }

    private static @Nullable HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false)
                : null;
    }
}
