package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class SingleSignOnTest {

    /** Stands for the real password check: it accepts everything, so only a refusal in front of it fails. */
    private static final AuthenticationProvider PASSWORDS = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private static final Authentication TYPED = UsernamePasswordAuthenticationToken.unauthenticated("mia", "secret");

    @Test
    void withoutSingleSignOnPasswordsAreCheckedAsBefore() {
        var off = new SingleSignOn(OidcProperties.off(), null);

        assertThat(off.allowsLocalPasswords()).isTrue();
        assertThat(off.passwordSignIn(PASSWORDS).authenticate(TYPED).isAuthenticated()).isTrue();
    }

    @Test
    void withLocalPasswordsOnBothWaysOfSigningInAreOpen() {
        var both = new SingleSignOn(configured(true), null);

        assertThat(both.isEnabled()).isTrue();
        assertThat(both.passwordSignIn(PASSWORDS).authenticate(TYPED).isAuthenticated()).isTrue();
    }

    @Test
    void withLocalPasswordsOffEveryPasswordIsRefusedByTheServer() {
        var providerOnly = new SingleSignOn(configured(false), null);
        AuthenticationProvider signIn = providerOnly.passwordSignIn(PASSWORDS);

        assertThat(providerOnly.allowsLocalPasswords()).isFalse();
        assertThat(signIn.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
        assertThat(signIn.supports(TestingAuthenticationToken.class)).isFalse();
        assertThatThrownBy(() -> signIn.authenticate(TYPED)).isInstanceOf(SingleSignOn.PasswordsOff.class);
        assertThat(SignInFailureMessage.of(new SingleSignOn.PasswordsOff(), java.time.Instant.EPOCH).title())
                .isEqualTo("Password sign-in is off");
    }

    private static OidcProperties configured(boolean localPasswords) {
        return new OidcProperties("https://login.example.com", "design-coach", "secret", "Example", "groups",
                Map.of("admin", List.of("coach-admins")), localPasswords, null, null);
    }
}
