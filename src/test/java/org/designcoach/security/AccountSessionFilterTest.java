package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class AccountSessionFilterTest {

    private static final String PASSWORD_SET = AccountState.stampOf("{pbkdf2@SpringSecurity_v5_8}salt-and-hash");

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T08:00:00Z");
    private final Map<String, AccountState> accounts = new HashMap<>();
    private final AccountSessionFilter filter = new AccountSessionFilter(
            username -> Optional.ofNullable(accounts.get(username)),
            new SessionRules(Duration.ofMinutes(30), Duration.ofHours(12)), clock);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void forgetTheSignedInPerson() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRequestOfNobodySignedInPassesWithoutASessionBeingMade() throws Exception {
        var request = new MockHttpServletRequest("GET", "/login");
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void aSessionThatAgreesWithItsAccountGoesOnAndRecordsTheActivity() throws Exception {
        Authentication signedIn = signIn("lena", Role.LEARNER);
        clock.advance(Duration.ofMinutes(10));

        MockFilterChain chain = send(request("v-r=uidl&v-uiId=0"));

        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(AccountSessionFilter.LAST_ACTIVITY)).isEqualTo(clock.instant());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(signedIn);
    }

    @Test
    void aDisabledAccountsSessionIsInvalidatedAndTheRequestGoesOnAsNobodysWithTheReasonKept() throws Exception {
        signIn("dina", Role.LEARNER);
        accounts.put("dina", new AccountState(Role.LEARNER, false, PASSWORD_SET));
        MockHttpServletRequest request = request("v-r=uidl&v-uiId=0");

        MockFilterChain chain = send(request);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request still reaches Vaadin, which says the session expired")
                .isSameAs(request);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        var fresh = request.getSession(false);
        assertThat(fresh).isNotNull().isNotSameAs(session);
        assertThat(fresh.getAttribute(AccountSessionFilter.ENDED)).isEqualTo(SessionEnd.DISABLED);
    }

    @Test
    void anAdminDemotedSinceSigningInIsSignedOutAtTheNextRequest() throws Exception {
        signIn("bea", Role.ADMIN);
        accounts.put("bea", new AccountState(Role.LEARNER, true, PASSWORD_SET));
        MockHttpServletRequest request = request(null);

        send(request);

        assertThat(session.isInvalid()).isTrue();
        assertThat(request.getSession(false).getAttribute(AccountSessionFilter.ENDED)).isEqualTo(SessionEnd.ROLE_CHANGED);
    }

    @Test
    void aHeartbeatAloneDoesNotKeepTheSessionAlive() throws Exception {
        signIn("ivo", Role.LEARNER);
        send(request("v-r=uidl&v-uiId=0"));
        Instant lastClick = clock.instant();

        for (int beat = 0; beat < 5; beat++) {
            clock.advance(Duration.ofMinutes(5));
            send(request("v-r=heartbeat&v-uiId=0"));
            assertThat(session.getAttribute(AccountSessionFilter.LAST_ACTIVITY)).isEqualTo(lastClick);
        }
        clock.advance(Duration.ofMinutes(5));
        MockHttpServletRequest heartbeat = request("v-r=heartbeat&v-uiId=0");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(heartbeat, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getStatus()).as("what Vaadin's client takes for an expired session").isEqualTo(403);
        assertThat(chain.getRequest()).as("answered here, not by Vaadin").isNull();
        assertThat(heartbeat.getSession(false).getAttribute(AccountSessionFilter.ENDED)).isEqualTo(SessionEnd.IDLE);
    }

    @Test
    void onlyTheHeartbeatParameterItselfMarksAHeartbeat() {
        assertThat(AccountSessionFilter.isHeartbeat(request("v-r=heartbeat&v-uiId=3"))).isTrue();
        assertThat(AccountSessionFilter.isHeartbeat(request("v-uiId=3&v-r=heartbeat"))).isTrue();
        assertThat(AccountSessionFilter.isHeartbeat(request("v-r=uidl&note=v-r=heartbeatx"))).isFalse();
        assertThat(AccountSessionFilter.isHeartbeat(request(null))).isFalse();
    }

    @Test
    void aSessionSignedInAnotherWayIsTimedFromItsFirstRequest() throws Exception {
        accounts.put("sso", new AccountState(Role.MENTOR, true, PASSWORD_SET));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "sso", null, AuthorityUtils.createAuthorityList(Role.MENTOR.authority())));
        send(request(null));
        assertThat(session.getAttribute(AccountSessionFilter.SINCE)).isEqualTo(clock.instant());

        for (int step = 0; step < 35; step++) {
            clock.advance(Duration.ofMinutes(20));
            send(request(null));
        }
        assertThat(session.isInvalid()).as("busy for 11 hours 40 minutes").isFalse();
        clock.advance(Duration.ofMinutes(20));
        MockHttpServletRequest last = request(null);
        send(last);

        assertThat(session.isInvalid()).isTrue();
        assertThat(last.getSession(false).getAttribute(AccountSessionFilter.ENDED)).isEqualTo(SessionEnd.LIFETIME);
    }

    private Authentication signIn(String username, Role role) {
        accounts.put(username, new AccountState(role, true, PASSWORD_SET));
        var principal = new SignedInAccount(username, "", true, List.of(new SimpleGrantedAuthority(role.authority())),
                PASSWORD_SET, clock.instant());
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    private MockHttpServletRequest request(String query) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        return request;
    }

    private MockFilterChain send(MockHttpServletRequest request) throws Exception {
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }
}
