package org.designcoach.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a session signed in with a password: besides the username and role, the stamp
 * of the password it was signed in with (see {@link AccountState}), and when the person signed in. Every request compares
 * them with the account (see {@link SessionRules}): a session signed in with a password that has
 * since changed ends, and none outlives the longest session allowed.
 */
final class SignedInAccount extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String passwordStamp;
    private final Instant signedInAt;

    SignedInAccount(String username, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities, String passwordStamp, Instant signedInAt) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.passwordStamp = Objects.requireNonNull(passwordStamp);
        this.signedInAt = Objects.requireNonNull(signedInAt);
    }

    String passwordStamp() {
        return passwordStamp;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    /** The same sign-in after its owner changed the password in this very session. */
    SignedInAccount withPasswordStamp(String stamp) {
        return new SignedInAccount(getUsername(), "", isEnabled(), getAuthorities(), stamp, signedInAt);
    }
}
