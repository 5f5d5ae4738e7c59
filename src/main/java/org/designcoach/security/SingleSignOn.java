package org.designcoach.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the company's OpenID Connect provider, when {@code designcoach.oidc.*} configures one;
 * otherwise nothing here changes the application. The provider's discovery document is read once, at
 * start: a provider that cannot be reached then stops the start with its address named.
 */
@Component
class SingleSignOn {

    /** The client registration's id: it ends the redirect address, {@code /login/oauth2/code/oidc}. */
    static final String REGISTRATION_ID = "oidc";

    /** Where the sign-in button leads: Spring Security sends the browser on to the provider. */
    static final String START_PATH = "oauth2/authorization/" + REGISTRATION_ID;

    private final OidcProperties properties;
    private final ProviderAccounts accounts;

    SingleSignOn(OidcProperties properties, ProviderAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    boolean isEnabled() {
        return properties.isConfigured();
    }

    /** Whether people may sign in with a username and password; always, without single sign-on. */
    boolean allowsLocalPasswords() {
        return !isEnabled() || properties.localPasswords();
    }

    /** The provider's issuer, for accounts made ahead of a person's first sign-in; null without single sign-on. */
    @Nullable String issuer() {
        return isEnabled() ? properties.issuerUri() : null;
    }

    String providerName() {
        return properties.providerName().strip();
    }

    String whomToAsk() {
        return properties.whomToAsk();
    }

    /** Adds sign-in through the provider to the application's filter chain, when one is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (!isEnabled()) {
            return;
        }
        var registrations = new InMemoryClientRegistrationRepository(registration());
        var userService = new ProviderUserService(accounts, properties.roleMapping());
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                // The provider's tokens are not needed after sign-in; none is kept beyond the session.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .failureHandler(new ProviderSignInFailure()));
    }

    /** The password check, or a refusal of every password when local passwords are switched off. */
    AuthenticationProvider passwordSignIn(AuthenticationProvider passwords) {
        return allowsLocalPasswords() ? passwords : new PasswordsSwitchedOff();
    }

    private ClientRegistration registration() {
        String issuer = properties.issuerUri().strip();
        ClientRegistration.Builder discovered;
        try {
            discovered = ClientRegistrations.fromIssuerLocation(issuer);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the OpenID Connect discovery document of "
                    + OidcProperties.PREFIX + "issuer-uri=" + issuer + ": " + e.getMessage(), e);
        }
        return discovered.registrationId(REGISTRATION_ID)
                .clientId(properties.clientId().strip())
                .clientSecret(properties.clientSecret().strip())
                .clientName(providerName())
                .scope(properties.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }

    /** Answers every username-and-password sign-in with a refusal, before any password is looked at. */
    static final class PasswordsSwitchedOff implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            throw new PasswordsOff();
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /** A sign-in with a password where only the identity provider is allowed. */
    static final class PasswordsOff extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        PasswordsOff() {
            super("Signing in with a password is switched off on this instance");
        }
    }
}
