package org.designcoach.security;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a session signed in through the identity provider: the provider's tokens, and as its
 * name the Design Coach username, with the account's role as its only authority. Everything that asks
 * who is signed in (services, the session checks, the audit log) therefore sees the username.
 */
final class ProviderSignedInAccount extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;

    ProviderSignedInAccount(OidcUser fromProvider, String username, Role role) {
        super(List.of(new SimpleGrantedAuthority(role.authority())), fromProvider.getIdToken(),
                fromProvider.getUserInfo());
        this.username = Objects.requireNonNull(username);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderSignedInAccount account && account.username.equals(username)
                && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), username);
    }
}
