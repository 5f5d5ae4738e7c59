package org.designcoach.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records Spring Security's sign-in, failure and sign-out events. The name of a failed attempt is
 * what was typed; it is recorded as the subject even when no account has it, and the password is
 * never read.
 */
@Component
class SignInListener {

    private static final String OPERATIONS_PATH = "/actuator/";

    private final AuditLog log;

    SignInListener(AuditLog log) {
        this.log = log;
    }

    /**
     * The operations endpoints authenticate every request (a metrics scraper does so every few
     * seconds): those successes are not sign-ins and would bury the real ones. Their failures are kept.
     */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (CurrentRequest.path().filter(path -> path.startsWith(OPERATIONS_PATH)).isPresent()) {
            return;
        }
        Authentication who = event.getAuthentication();
        String where = CurrentRequest.path().map(path -> " at " + path).orElse("");
        log.record(new AuditEntry(AuditEventType.SIGN_IN, who.getName(), who.getName(), "Signed in" + where,
                CurrentRequest.remoteAddress(who)));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        log.record(new AuditEntry(AuditEventType.SIGN_IN_FAILED, null, attempt.getName(),
                SignInFailureReason.of(event.getException()), CurrentRequest.remoteAddress(attempt)));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        log.record(new AuditEntry(AuditEventType.SIGN_OUT, who.getName(), who.getName(), "Signed out",
                CurrentRequest.remoteAddress(who)));
    }
}
