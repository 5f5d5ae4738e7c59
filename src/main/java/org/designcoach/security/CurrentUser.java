package org.designcoach.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user, for services that keep data per user and must check who owns it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user's username; refused when nobody is signed in. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in first.");
        }
        return authentication.getName();
    }
}
