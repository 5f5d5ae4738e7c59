package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.designcoach.MutableClock;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
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

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    private final MutableClock clock = MutableClock.startingAt("2026-11-24T10:00:00Z");
    private final ApiRateLimit rateLimit = new ApiRateLimit(clock, 5);

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
    void aUseIsRecordedAtMostOnceAMinuteAndNeverChangesTheVersion() {
        ApiTokenService timed = new ApiTokenService(repository, users, clock, rateLimit, event -> { });
        var created = timed.create("script");
        long id = created.token().id();
        repository.flush();
        long version = stored(id).get("version") instanceof Number n ? n.longValue() : -1;

        timed.authenticate(created.secret()).orElseThrow();
        Object firstUse = stored(id).get("last_used_at");
        clock.advance(Duration.ofSeconds(59));
        timed.authenticate(created.secret()).orElseThrow();
        Object withinTheMinute = stored(id).get("last_used_at");
        clock.advance(Duration.ofSeconds(1));
        timed.authenticate(created.secret()).orElseThrow();

        assertThat(firstUse).isNotNull();
        assertThat(withinTheMinute).isEqualTo(firstUse);
        assertThat(stored(id).get("last_used_at")).isNotEqualTo(firstUse);
        // Two calls at once may both record a use; without the version neither can fail on a conflict.
        assertThat(stored(id).get("version")).isEqualTo(version);
    }

    @Test
    void aTokenRevokedInAnotherTabIsReportedAsAlreadyRevokedAndItsBucketIsDropped() {
        ApiTokenService limited = new ApiTokenService(repository, users, clock, rateLimit, event -> { });
        var created = limited.create("script");
        rateLimit.take(created.token().id());

        assertThat(limited.revoke(created.token().id())).isTrue();
        assertThat(rateLimit.bucketCount()).isZero();
        assertThat(limited.revoke(created.token().id())).isFalse();
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

    private Map<String, Object> stored(long id) {
        return jdbc.queryForMap("select version, last_used_at from api_token where id = ?", id);
    }
}
