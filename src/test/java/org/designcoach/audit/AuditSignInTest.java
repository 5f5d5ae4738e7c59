package org.designcoach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.TestAccounts;
import org.designcoach.security.AccountService;
import org.designcoach.security.FailedSignIns;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-ins posted to the real sign-in form, through the application's filter chain and
 * authentication manager, land in the log with the address they came from.
 */
@SpringBootTest
@Transactional
@Tag("database")
@RecordApplicationEvents
class AuditSignInTest {

    private static final String ADDRESS = "203.0.113.7";
    /** A guesser of its own: its lock must not hold back sign-ins from the addresses the other tests use. */
    private static final String GUESSER = "198.51.100.23";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private AccountService accounts;

    @Autowired
    private AuditLog audit;

    @Autowired
    private ApplicationEvents events;

    private MockMvc browser;
    private Set<Long> earlier = Set.of();

    @BeforeEach
    void aLearnerHasAnAccount() {
        TestAccounts.adminAndLearners(accounts, "lena");
        browser = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        earlier = logged().stream().map(LoggedEvent::id).collect(Collectors.toSet());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Failures are committed apart from the test's transaction: the rollback leaves them, this does not. */
    @AfterTransaction
    void forgetTheFailedSignIns() {
        FailedSignIns.forget(context);
    }

    @Test
    void aSuccessfulSignInIsRecordedWithItsAddress() throws Exception {
        browser.perform(signIn("lena", TestAccounts.PASSPHRASE, ADDRESS))
                .andExpect(authenticated().withUsername("lena"));

        assertThat(newEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.SIGN_IN);
            assertThat(entry.actor()).isEqualTo("lena");
            assertThat(entry.subject()).isEqualTo("lena");
            assertThat(entry.detail()).isEqualTo("Signed in at /login");
            assertThat(entry.remoteAddress()).isEqualTo(ADDRESS);
        });
    }

    @Test
    void aWrongPasswordIsRecordedWithoutThePassword() throws Exception {
        browser.perform(signIn("lena", "guessed wrong", ADDRESS))
                .andExpect(unauthenticated());

        assertThat(newEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.SIGN_IN_FAILED);
            assertThat(entry.actor()).isNull();
            assertThat(entry.subject()).isEqualTo("lena");
            assertThat(entry.detail()).isEqualTo("Refused: wrong username or password").doesNotContain("guessed");
            assertThat(entry.remoteAddress()).isEqualTo(ADDRESS);
        });
        assertThat(events.stream(AuthenticationFailureBadCredentialsEvent.class)).hasSize(1);
    }

    @Test
    void aFailedSignInWithAnUnknownUsernameIsRecordedWithThatNameAsSubject() throws Exception {
        browser.perform(signIn("Nobody-Here", "anything at all", "127.0.0.1"))
                .andExpect(unauthenticated());

        assertThat(newEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.SIGN_IN_FAILED);
            assertThat(entry.subject()).isEqualTo("Nobody-Here");
        });
    }

    @Test
    void theFifthFailureLocksTheUsernameAndTheNextAttemptIsRefusedAsLocked() throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            browser.perform(signIn("lena", "guess " + attempt, GUESSER));
        }

        List<LoggedEvent> entries = newEntries();
        assertThat(entries).filteredOn(entry -> entry.type() == AuditEventType.SIGN_IN_FAILED).hasSize(6);
        assertThat(entries).filteredOn(entry -> entry.type() == AuditEventType.LOCKED_OUT).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).isEqualTo("lena"));
        assertThat(entries.getFirst().detail()).isEqualTo("Refused: the username is locked after too many failed sign-ins");
        assertThat(events.stream(AuthenticationFailureLockedEvent.class)).hasSize(1);
    }

    @Test
    void signingOutIsRecorded() throws Exception {
        MockHttpSession session = (MockHttpSession) browser
                .perform(signIn("lena", TestAccounts.PASSPHRASE, "127.0.0.1"))
                .andReturn().getRequest().getSession();

        browser.perform(post("/logout").session(session).with(csrf()).with(from(ADDRESS))).andExpect(unauthenticated());

        assertThat(newEntries()).extracting(LoggedEvent::type, LoggedEvent::subject, LoggedEvent::remoteAddress)
                .first().isEqualTo(tuple(AuditEventType.SIGN_OUT, "lena", ADDRESS));
    }

    /** What the sign-in form posts. */
    @Test
    void aMetricsScraperSigningInOnEveryRequestLeavesOnlyItsFailuresInTheLog() throws Exception {
        browser.perform(get("/actuator/info").with(httpBasic("ada", TestAccounts.PASSPHRASE)));
        browser.perform(get("/actuator/info").with(httpBasic("ada", "not the passphrase")));

        assertThat(newEntries()).extracting(LoggedEvent::type).containsExactly(AuditEventType.SIGN_IN_FAILED);
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<LoggedEvent> newEntries() {
        return logged().stream().filter(entry -> !earlier.contains(entry.id())).toList();
    }

    private List<LoggedEvent> logged() {
        TestAccounts.signInAs("ada", Role.ADMIN);
        try {
            return audit.search(AuditQuery.everything(), 0, 100);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
