package org.designcoach.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.designcoach.security.AccountEvents.AccessRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records a signed-in person refused a page (announced by the security feature), a service method
 * (Spring Security's method security) or a URL (its request authorization). Anonymous refusals are
 * left out: a visitor sent to the sign-in page is the ordinary way in, not an event. Each entry has
 * a transaction of its own, so that it stays when the refused action rolls back.
 */
@Component
class AccessRefusalListener {

    private final AuditLog log;

    AccessRefusalListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void pageRefused(AccessRefused event) {
        log.recordIndependently(new AuditEntry(AuditEventType.ACCESS_REFUSED, event.username(), event.username(),
                "Refused " + event.target() + ": " + event.reason(), CurrentRequest.remoteAddress()));
    }

    @EventListener
    void authorizationDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return;
        }
        log.recordIndependently(new AuditEntry(AuditEventType.ACCESS_REFUSED, who.getName(), who.getName(),
                "Refused " + target(event.getSource()), CurrentRequest.remoteAddress(who)));
    }

    /** The method as Class.method, or the request as METHOD path; never arguments or query strings. */
    private static String target(@Nullable Object source) {
        return switch (source) {
            case MethodInvocation invocation -> "the action " + invocation.getMethod().getDeclaringClass().getSimpleName()
                    + "." + invocation.getMethod().getName();
            case HttpServletRequest request -> "the request " + request.getMethod() + " " + request.getRequestURI();
            case null, default -> "an action (" + (source == null ? "unknown" : source.getClass().getSimpleName()) + ")";
        };
    }
}
