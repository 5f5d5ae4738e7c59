package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class ApiTokenServiceTest {


    @Autowired
    private ApiTokenService tokens;

    @Autowired
    private ApiTokenRepository repository;

    @Autowired
    private AccountService accounts;

    @BeforeEach
    void twoUsersHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.signInAs("lena");
    }

    /** Signs out again, so that no test after this one runs as a leftover user. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewTokenIsShownOnceAndStoredOnlyAsItsHash() {
        var created = tokens.create("  CI pipeline ");

        assertThat(created.secret()).startsWith("dcp_").hasSizeGreaterThan(40);
        assertThat(created.token().name()).isEqualTo("CI pipeline");
        assertThat(created.token().hint()).isEqualTo("…" + created.secret().substring(created.secret().length() - 4));
        assertThat(repository.findAll()).singleElement().satisfies(stored -> {
            assertThat(stored.getTokenHint()).doesNotContain(created.secret().substring(4, 20));
            assertThat(repository.findByTokenHash(ApiTokenService.hash(created.secret()))).isPresent();
        });
        assertThat(tokens.mine()).extracting(ApiTokenService.TokenView::name).containsExactly("CI pipeline");
    }

    @Test
    void aTokenAuthenticatesAsItsOwnerUntilItIsRevoked() {
        var created = tokens.create("script");

        var found = tokens.authenticate(created.secret()).orElseThrow();
        assertThat(found.authentication().getName()).isEqualTo("lena");
        assertThat(found.authentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEARNER");

        tokens.revoke(created.token().id());

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.mine()).singleElement().satisfies(token -> assertThat(token.active()).isFalse());
    }

    @Test
    void aWrongOrMalformedSecretAuthenticatesNobody() {
        tokens.create("script");

        assertThat(tokens.authenticate("dcp_not-a-real-token")).isEmpty();
        assertThat(tokens.authenticate("password")).isEmpty();
        assertThat(tokens.authenticate("dcp_" + "x".repeat(5000))).isEmpty();
    }

    @Test
    void nobodyRevokesOrSeesAnotherUsersToken() {
        var created = tokens.create("lena's script");

        TestAccounts.signInAs("ada");

        assertThat(tokens.mine()).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(created.token().id())).isInstanceOf(ApiTokenException.class)
                .hasMessageContaining("no such token");
        assertThat(tokens.authenticate(created.secret())).isPresent();
    }

    @Test
    void aNameMustBeGivenShortAndPlain() {
        assertThatThrownBy(() -> tokens.create("   ")).hasMessageContaining("Give the token a name");
        assertThatThrownBy(() -> tokens.create("x".repeat(61))).hasMessageContaining("under 60 characters");
        assertThatThrownBy(() -> tokens.create("<b>bold</b>")).hasMessageContaining("plain text");
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void oneUserHasAtMostTenActiveTokens() {
        for (int i = 1; i <= ApiTokenService.MAX_ACTIVE; i++) {
            tokens.create("token " + i);
        }

        assertThatThrownBy(() -> tokens.create("one too many")).hasMessageContaining("Revoke one");

        tokens.revoke(tokens.mine().getFirst().id());
        assertThat(tokens.create("now it fits").secret()).startsWith("dcp_");
    }

    @Test
    void nobodySignedInCreatesNothing() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> tokens.create("script"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
