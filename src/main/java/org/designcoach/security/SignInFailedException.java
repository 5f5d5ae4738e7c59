package org.designcoach.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A failed sign-in that remembers what was typed as the username, so the form can keep it. */
class SignInFailedException extends BadCredentialsException implements TypedUsername {

    private final String typedUsername;

    SignInFailedException(String typedUsername, Throwable cause) {
        super("Incorrect username or password", cause);
        this.typedUsername = TypedUsername.shortened(typedUsername);
    }

    @Override
    public String typedUsername() {
        return typedUsername;
    }
}
