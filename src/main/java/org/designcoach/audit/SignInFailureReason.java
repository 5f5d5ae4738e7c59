package org.designcoach.audit;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Why a sign-in failed, in words for an administrator. The sign-in page says "incorrect username
 * or password" whatever the cause, so as not to tell strangers which accounts exist; the failure
 * keeps the real cause, and the log, which only administrators read, names it.
 */
final class SignInFailureReason {

    private SignInFailureReason() {
    }

    static String of(AuthenticationException failure) {
        AuthenticationException decisive = failure.getCause() instanceof AuthenticationException cause ? cause : failure;
        return "Refused: " + words(decisive);
    }

    private static String words(AuthenticationException failure) {
        return switch (failure) {
            case LockedException locked -> "the username is locked after too many failed sign-ins";
            case DisabledException disabled -> "the account is disabled";
            case AccountExpiredException expired -> "the account has expired";
            case CredentialsExpiredException expired -> "the password has expired";
            case BadCredentialsException bad -> "wrong username or password";
            case UsernameNotFoundException unknown -> "no account has this username";
            case ProviderNotFoundException none -> "no sign-in method accepts these credentials";
            case AuthenticationServiceException broken -> "the sign-in check itself failed";
            default -> "sign-in refused (" + failure.getClass().getSimpleName() + ")";
        };
    }
}
