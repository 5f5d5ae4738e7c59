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
        return authentication().getName();
    }

    /** Whether the signed-in user holds this role; refused when nobody is signed in. */
    public static boolean hasRole(Role role) {
        String authority = "ROLE_" + role.name();
        return authentication().getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in first.");
        }
        return authentication;
    }
}
