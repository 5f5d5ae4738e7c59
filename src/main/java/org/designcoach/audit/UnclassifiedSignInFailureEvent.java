package org.designcoach.audit;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * A failed sign-in whose exception Spring Security maps to no event of its own. Without it such a
 * failure would be published as nothing at all and miss the audit log. Public because Spring
 * Security creates it by reflection.
 */
public class UnclassifiedSignInFailureEvent extends AbstractAuthenticationFailureEvent {

    public UnclassifiedSignInFailureEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
