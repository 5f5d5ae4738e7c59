package org.designcoach.security;

import org.designcoach.security.ProviderAccounts.ProviderIdentity;
import org.designcoach.security.ProviderAccounts.SignIn;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person the provider vouches for into a Design Coach sign-in: Spring's own service reads the
 * ID token and the user-info endpoint, then {@link ProviderAccounts} finds or makes the account with the
 * role the groups claim gives. A person without a mapped group, or whose account is disabled, is refused
 * with an error code that {@link ProviderSignInFailure} explains.
 */
final class ProviderUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ROLE = "no_design_coach_role";
    static final String DISABLED = "design_coach_account_disabled";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final ProviderAccounts accounts;
    private final GroupRoleMapping mapping;

    ProviderUserService(ProviderAccounts accounts, GroupRoleMapping mapping) {
        this(new OidcUserService(), accounts, mapping);
    }

    ProviderUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, ProviderAccounts accounts,
            GroupRoleMapping mapping) {
        this.provider = provider;
        this.accounts = accounts;
        this.mapping = mapping;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        var identity = new ProviderIdentity(String.valueOf(person.getIdToken().getIssuer()), person.getSubject(),
                person.getPreferredUsername(), displayName(person), person.getEmail());
        var role = mapping.roleFor(person.getClaims());
        SignIn signIn = accounts.signIn(identity, role);
        if (signIn.refusal() != null) {
            String code = switch (signIn.refusal()) {
                case NO_ROLE -> NO_ROLE;
                case DISABLED -> DISABLED;
            };
            throw new OAuth2AuthenticationException(new OAuth2Error(code),
                    "Refused " + person.getSubject() + " of " + identity.issuer() + ": " + signIn.refusal());
        }
        return new ProviderSignedInAccount(person, signIn.username(), role.orElseThrow());
    }

    private static String displayName(OidcUser person) {
        if (person.getFullName() != null && !person.getFullName().isBlank()) {
            return person.getFullName();
        }
        String given = person.getGivenName() == null ? "" : person.getGivenName();
        String family = person.getFamilyName() == null ? "" : person.getFamilyName();
        return (given + " " + family).strip();
    }
}
