package org.designcoach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.TestAccounts;
import org.designcoach.review.ReviewEvents;
import org.designcoach.security.AccountEvents;
import org.designcoach.security.AccountEvents.ResetMethod;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class AuditLogTest {

    /** Entries made up by a test lie in 2001, away from those the set-up records now. */
    private static final Instant NOV_10 = Instant.parse("2001-11-10T09:00:00Z");
    private static final Instant NOV_20 = Instant.parse("2001-11-20T09:00:00Z");
    private static final Instant YEAR_START = Instant.parse("2001-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2002-01-01T00:00:00Z");

    @Autowired
    private AuditLog audit;

    @Autowired
    private AuditEventRepository repository;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private AccountService accounts;

    private Set<Long> earlier = Set.of();

    @BeforeEach
    void anAdminAndALearnerHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena");
        earlier = everything().stream().map(LoggedEvent::id).collect(Collectors.toSet());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachAccountEventProducesOneEntry() {
        events.publishEvent(new AccountEvents.AccountCreated("mira", Role.MENTOR, "ada"));
        events.publishEvent(new AccountEvents.RoleChanged("lena", Role.LEARNER, Role.MENTOR, "ada"));
        events.publishEvent(new AccountEvents.AccountDisabled("lena", "ada"));
        events.publishEvent(new AccountEvents.AccountEnabled("lena", "ada"));
        events.publishEvent(new AccountEvents.PasswordResetIssued("lena", ResetMethod.TEMPORARY_PASSWORD, "ada"));
        events.publishEvent(new AccountEvents.PasswordChanged("lena", "lena"));
        events.publishEvent(new AccountEvents.LockedOut("lena", Instant.parse("2026-11-24T10:01:00Z")));

        List<LoggedEvent> logged = newEntries();

        assertThat(logged).extracting(LoggedEvent::type).containsExactlyInAnyOrder(AuditEventType.ACCOUNT_CREATED,
                AuditEventType.ROLE_CHANGED, AuditEventType.ACCOUNT_DISABLED, AuditEventType.ACCOUNT_ENABLED,
                AuditEventType.PASSWORD_RESET_ISSUED, AuditEventType.PASSWORD_CHANGED, AuditEventType.LOCKED_OUT);
        assertThat(only(logged, AuditEventType.ACCOUNT_CREATED))
                .extracting(LoggedEvent::actor, LoggedEvent::subject, LoggedEvent::detail)
                .containsExactly("ada", "mira", "Account created as mentor");
        assertThat(only(logged, AuditEventType.ROLE_CHANGED).detail()).isEqualTo("Role changed from learner to mentor");
        assertThat(only(logged, AuditEventType.PASSWORD_RESET_ISSUED).detail()).contains("temporary password");
        assertThat(only(logged, AuditEventType.LOCKED_OUT))
                .extracting(LoggedEvent::actor, LoggedEvent::subject, LoggedEvent::detail)
                .containsExactly(null, "lena", "Too many failed sign-ins: locked until 2026-11-24 10:01:00 UTC");
    }

    @Test
    void eachReviewActionProducesOneEntryNamingWhoActedOnWhom() {
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        events.publishEvent(new ReviewEvents.Submitted(7, 42, "lena", null, at));
        events.publishEvent(new ReviewEvents.Claimed(7, 42, "lena", "mona", at));
        events.publishEvent(new ReviewEvents.Returned(7, 42, "lena", "mona", at));
        events.publishEvent(new ReviewEvents.Replied(7, 42, "lena", "mona", at));
        events.publishEvent(new ReviewEvents.Released(7, 42, "lena", "mona", "ada", at));

        List<LoggedEvent> logged = newEntries();

        assertThat(logged).extracting(LoggedEvent::type).containsExactlyInAnyOrder(AuditEventType.REVIEW_SUBMITTED,
                AuditEventType.REVIEW_CLAIMED, AuditEventType.REVIEW_RETURNED, AuditEventType.REVIEW_REPLIED,
                AuditEventType.REVIEW_RELEASED);
        assertThat(only(logged, AuditEventType.REVIEW_CLAIMED))
                .extracting(LoggedEvent::actor, LoggedEvent::subject, LoggedEvent::detail)
                .containsExactly("mona", "lena", "Claimed submission 7 of attempt 42");
        assertThat(only(logged, AuditEventType.REVIEW_REPLIED))
                .extracting(LoggedEvent::actor, LoggedEvent::subject).containsExactly("lena", "mona");
        assertThat(only(logged, AuditEventType.REVIEW_RELEASED))
                .extracting(LoggedEvent::actor, LoggedEvent::detail)
                .containsExactly("ada", "Submission 7 went back to the queue: mona no longer mentors lena");
    }

    @Test
    void changingOnesOwnPasswordIsRecordedWithoutThePassword() {
        TestAccounts.signInAs("lena");
        accounts.changeOwnPassword(TestAccounts.PASSPHRASE, "amber kettle sunrise", "amber kettle sunrise");

        LoggedEvent changed = only(newEntries(), AuditEventType.PASSWORD_CHANGED);

        assertThat(changed).extracting(LoggedEvent::actor, LoggedEvent::subject).containsExactly("lena", "lena");
        assertThat(changed.toString()).doesNotContain("amber", TestAccounts.PASSPHRASE);
    }

    @Test
    void searchFindsWordsInActorSubjectAndDetailWhateverTheirCase() {
        save(AuditEventType.ROLE_CHANGED, "ada", "lena", "Role changed from learner to mentor", NOV_10);
        save(AuditEventType.SIGN_IN, "mira", "mira", "Signed in at /login", NOV_20);

        assertThat(subjects(in2001("LENA", Set.of()))).containsExactly("lena");
        assertThat(subjects(in2001("Ada", Set.of()))).containsExactly("lena");
        assertThat(subjects(in2001("mentor", Set.of()))).containsExactly("lena");
        assertThat(subjects(in2001("signed", Set.of()))).containsExactly("mira");
    }

    @Test
    void wildcardsTypedInTheSearchMeanThemselves() {
        save(AuditEventType.SIGN_IN_FAILED, null, "100%_sure", "Refused: wrong username or password", NOV_10);
        save(AuditEventType.SIGN_IN_FAILED, null, "1000 sure", "Refused: wrong username or password", NOV_10);

        assertThat(subjects(in2001("0%_", Set.of()))).containsExactly("100%_sure");
    }

    @Test
    void searchByTypeKeepsOnlyThoseTypes() {
        save(AuditEventType.SIGN_IN, "lena", "lena", "Signed in", NOV_10);
        save(AuditEventType.SIGN_IN_FAILED, null, "lena", "Refused: wrong username or password", NOV_10);
        save(AuditEventType.ACCOUNT_DISABLED, "ada", "lena", "Account disabled", NOV_10);

        var failuresAndDisabling = in2001("", Set.of(AuditEventType.SIGN_IN_FAILED,
                AuditEventType.ACCOUNT_DISABLED));

        assertThat(search(failuresAndDisabling)).extracting(LoggedEvent::type)
                .containsExactlyInAnyOrder(AuditEventType.SIGN_IN_FAILED, AuditEventType.ACCOUNT_DISABLED);
    }

    @Test
    void searchByDatesIncludesTheStartAndExcludesTheEnd() {
        save(AuditEventType.SIGN_IN, "early", "early", "Signed in", NOV_10);
        save(AuditEventType.SIGN_IN, "late", "late", "Signed in", NOV_20);

        assertThat(subjects(new AuditQuery("", Set.of(), NOV_10, NOV_20))).containsExactly("early");
        assertThat(subjects(new AuditQuery("", Set.of(), NOV_10.plusSeconds(1), YEAR_END))).containsExactly("late");
        assertThat(subjects(new AuditQuery("", Set.of(), YEAR_START, NOV_20.plusSeconds(1))))
                .containsExactly("late", "early");
    }

    @Test
    void theNewestComesFirstAndPagesDoNotOverlap() {
        for (int day = 1; day <= 5; day++) {
            save(AuditEventType.SIGN_IN, "user" + day, "user" + day, "Signed in", NOV_10.plusSeconds(86_400L * day));
        }
        TestAccounts.signInAs("ada", Role.ADMIN);

        AuditQuery year = in2001("", Set.of());

        assertThat(audit.search(year, 0, 2)).extracting(LoggedEvent::subject).containsExactly("user5", "user4");
        assertThat(audit.search(year, 2, 2)).extracting(LoggedEvent::subject).containsExactly("user3", "user2");
        assertThat(audit.search(year, 4, 2)).extracting(LoggedEvent::subject).containsExactly("user1");
    }

    @Test
    void aLearnerOrMentorCannotReadTheLog() {
        TestAccounts.signInAs("lena");
        assertThatThrownBy(() -> audit.search(AuditQuery.everything(), 0, 10)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs("mira", Role.MENTOR);
        assertThatThrownBy(() -> audit.search(AuditQuery.everything(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotReadTheLog() {
        assertThatThrownBy(() -> audit.search(AuditQuery.everything(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void controlCharactersAndOverlongNamesAreTamedBeforeTheyAreStored() {
        audit.record(new AuditEntry(AuditEventType.SIGN_IN_FAILED, null, "eve\nSIGN_IN ada" + "x".repeat(200),
                "Refused:\r\nwrong", "203.0.113.7"));

        LoggedEvent stored = only(newEntries(), AuditEventType.SIGN_IN_FAILED);

        assertThat(stored.subject()).hasSize(AuditEvent.NAME_LENGTH).startsWith("eve SIGN_IN ada").endsWith("…");
        assertThat(stored.detail()).isEqualTo("Refused:  wrong");
        assertThat(stored.remoteAddress()).isEqualTo("203.0.113.7");
    }

    private void save(AuditEventType type, @Nullable String actor, String subject, String detail, Instant at) {
        repository.save(new AuditEvent(new AuditEntry(type, actor, subject, detail, null), at));
    }

    private List<LoggedEvent> everything() {
        return search(AuditQuery.everything());
    }

    /** What the test itself added, whatever the set-up recorded (account creation may be logged too). */
    private List<LoggedEvent> newEntries() {
        return everything().stream().filter(event -> !earlier.contains(event.id())).toList();
    }

    private static AuditQuery in2001(String text, Set<AuditEventType> types) {
        return new AuditQuery(text, types, YEAR_START, YEAR_END);
    }

    private List<LoggedEvent> search(AuditQuery query) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs("ada", Role.ADMIN);
        try {
            return audit.search(query, 0, 100);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private List<@Nullable String> subjects(AuditQuery query) {
        return search(query).stream().map(LoggedEvent::subject).toList();
    }

    private static LoggedEvent only(List<LoggedEvent> logged, AuditEventType type) {
        return logged.stream().filter(event -> event.type() == type).reduce((a, b) -> {
            throw new AssertionError("more than one " + type + " in " + logged);
        }).orElseThrow(() -> new AssertionError("no " + type + " in " + logged));
    }
}
