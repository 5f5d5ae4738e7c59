package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Runs without a test transaction: the session is renewed only once the password change has committed. */
@DataJpaTest(showSql = false)
@Import({AccountTestConfig.class, SignedInSessions.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Tag("database")
class SignedInSessionsTest {

    private static final String PASSPHRASE = "brisk orange ferry";
    private static final String NEW_PASSPHRASE = "slow purple tugboat";

    @Autowired
    private AccountService accounts;

    @Autowired
    private SignedInSessions sessions;

    @Autowired
    private MutableClock clock;

    private final SessionRules rules = new SessionRules(Duration.ofMinutes(30), Duration.ofHours(12));

    @Autowired
    private JdbcTemplate jdbc;

    /** The accounts here commit (nothing is rolled back): they go again, so that later tests find an empty instance. */
    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
        jdbc.update("DELETE FROM user_account WHERE username IN ('nora', 'grace', 'hugo', 'ines')");
    }

    @Test
    void theStateOfAnAccountIsReadWithoutRegardToTheCaseOfTheUsername() {
        accounts.register("nora", PASSPHRASE, PASSPHRASE);

        assertThat(sessions.stateOf("Nora")).hasValueSatisfying(state -> {
            assertThat(state.role()).isEqualTo(Role.LEARNER);
            assertThat(state.enabled()).isTrue();
        });
        assertThat(sessions.stateOf("nobody-here")).isEmpty();
    }

    @Test
    void thePasswordChangeKeepsTheSessionItWasMadeInAndNotTheOthers() {
        accounts.register("grace", PASSPHRASE, PASSPHRASE);
        SignedInAccount before = signedIn("grace");
        MockHttpSession here = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(before, null, before.getAuthorities()));

        accounts.changeOwnPassword(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE);

        var stored = (SecurityContext) here.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored).isNotNull();
        var renewed = (SignedInAccount) stored.getAuthentication().getPrincipal();
        assertThat(renewed.signedInAt()).isEqualTo(before.signedInAt());
        assertThat(renewed.getAuthorities()).isEqualTo(before.getAuthorities());
        assertThat(rules.check(session(renewed), sessions.stateOf("grace"), clock.instant())).isEmpty();
        assertThat(rules.check(session(before), sessions.stateOf("grace"), clock.instant()))
                .contains(SessionEnd.PASSWORD_CHANGED);
    }

    @Test
    void anotherPersonsSessionIsLeftAlone() {
        accounts.register("hugo", PASSPHRASE, PASSPHRASE);
        accounts.register("ines", PASSPHRASE, PASSPHRASE);
        MockHttpSession someoneElses = new MockHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(someoneElses);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedInAccount ines = signedIn("ines");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ines, null, ines.getAuthorities()));

        sessions.passwordChanged(new AccountEvents.PasswordChanged("hugo", "hugo"));

        assertThat(someoneElses.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    private SignedInAccount signedIn(String username) {
        AccountState state = sessions.stateOf(username).orElseThrow();
        return new SignedInAccount(username, "", true, List.of(new SimpleGrantedAuthority(state.role().authority())),
                state.passwordStamp(), clock.instant());
    }

    private static SessionRules.SignedIn session(SignedInAccount account) {
        return new SessionRules.SignedIn(Role.LEARNER, account.passwordStamp(), account.signedInAt(),
                account.signedInAt());
    }
}
