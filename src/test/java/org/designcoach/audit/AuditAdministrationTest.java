package org.designcoach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import java.io.ByteArrayOutputStream;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.TestAccounts;
import org.designcoach.api.ApiTokenEvents;
import org.designcoach.backup.BackupEvents;
import org.designcoach.backup.InstanceBackup;
import org.designcoach.cohort.CohortService;
import org.designcoach.content.ContentService;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@Tag("database")
class AuditAdministrationTest {

    @Autowired
    private AuditLog audit;

    @Autowired
    private AccountService accounts;

    @Autowired
    private CohortService cohorts;

    @Autowired
    private ContentService content;

    @Autowired
    private InstanceBackup backup;

    @Autowired
    private NavigationAccessControl navigation;

    @Autowired
    private ApplicationEventPublisher events;

    private Set<Long> earlier = Set.of();

    @BeforeEach
    void anAdminALearnerAndAMentorHaveAccounts() {
        TestAccounts.adminAndLearners(accounts, "lena");
        TestAccounts.mentors(accounts, "mira");
        earlier = entries().stream().map(LoggedEvent::id).collect(Collectors.toSet());
        TestAccounts.signInAs("ada", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void switchingRegistrationIsRecordedOnlyWhenItChanges() {
        accounts.setRegistrationOpen(false);
        accounts.setRegistrationOpen(false);
        accounts.setRegistrationOpen(true);

        assertThat(newEntries()).extracting(LoggedEvent::type, LoggedEvent::actor, LoggedEvent::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditEventType.REGISTRATION_SWITCHED, "ada",
                        "Closed self-registration: only administrators create accounts"),
                org.assertj.core.groups.Tuple.tuple(AuditEventType.REGISTRATION_SWITCHED, "ada",
                        "Opened self-registration: anyone may create a learner account"));
    }

    @Test
    void cohortMembershipChangesNameThePersonTheCohortAndTheAdmin() {
        long id = cohorts.create("Platform team", "").id();
        cohorts.addLearner(id, "lena");
        cohorts.addLearner(id, "lena");
        cohorts.addMentor(id, "mira");
        cohorts.removeLearner(id, "lena");
        cohorts.removeLearner(id, "lena");
        cohorts.delete(id);

        assertThat(newEntries()).extracting(LoggedEvent::type, LoggedEvent::subject, LoggedEvent::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditEventType.COHORT_MEMBER_ADDED, "lena",
                                "Added as learner to cohort " + id + " 'Platform team'"),
                        org.assertj.core.groups.Tuple.tuple(AuditEventType.COHORT_MEMBER_ADDED, "mira",
                                "Added as mentor to cohort " + id + " 'Platform team'"),
                        org.assertj.core.groups.Tuple.tuple(AuditEventType.COHORT_MEMBER_REMOVED, "lena",
                                "Removed as learner from cohort " + id + " 'Platform team'"),
                        org.assertj.core.groups.Tuple.tuple(AuditEventType.COHORT_DELETED, null,
                                "Deleted cohort " + id + " 'Platform team' with 0 learners and 1 mentor"));
        assertThat(newEntries()).extracting(LoggedEvent::actor).containsOnly("ada");
    }

    @Test
    void aContentReloadIsRecordedWithTheVersionInUse() {
        var result = content.reload();

        assertThat(newEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.CONTENT_RELOADED);
            assertThat(entry.actor()).isEqualTo("ada");
            assertThat(entry.detail()).isEqualTo("Reloaded the content: version " + result.version() + " is in use");
        });
    }

    @Test
    void aBackupDownloadIsRecordedWithItsSize() {
        var summary = backup.export(new ByteArrayOutputStream());

        assertThat(newEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AuditEventType.BACKUP_DOWNLOADED);
            assertThat(entry.actor()).isEqualTo("ada");
            assertThat(entry.detail()).contains(summary.totalRows() + " rows", "schema version " + summary.schemaVersion());
        });
    }

    @Test
    void aRestoreAndTokenChangesAreRecordedWithoutAnySecret() {
        events.publishEvent(new BackupEvents.BackupRestored("ada", 42, "11"));
        events.publishEvent(new ApiTokenEvents.TokenCreated("lena", 7, "CI pipeline", "…x9Qa"));
        events.publishEvent(new ApiTokenEvents.TokenRevoked("lena", 7, "CI pipeline", "…x9Qa"));

        assertThat(newEntries()).extracting(LoggedEvent::type, LoggedEvent::actor, LoggedEvent::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditEventType.BACKUP_RESTORED, "ada",
                        "Restored a backup into this instance: 42 rows, schema version 11; every earlier entry of "
                                + "this log was replaced by the backup's"),
                org.assertj.core.groups.Tuple.tuple(AuditEventType.API_TOKEN_CREATED, "lena",
                        "Created API token 7 'CI pipeline' ending …x9Qa"),
                org.assertj.core.groups.Tuple.tuple(AuditEventType.API_TOKEN_REVOKED, "lena",
                        "Revoked API token 7 'CI pipeline' ending …x9Qa"));
    }

    @Test
    void aServiceRefusingASignedInPersonIsRecordedAndTheEntryOutlivesTheRefusal() {
        TestAccounts.signInAs("lena");

        assertThatThrownBy(() -> content.reload()).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signInAs("ada", Role.ADMIN);
        assertThat(refusalsOf("lena")).anySatisfy(entry ->
                assertThat(entry.detail()).isEqualTo("Refused the action ContentService.reload"));
    }

    @Test
    void aPageRefusedToASignedInPersonIsRecordedButMenuChecksAreNot() {
        Principal lena = () -> "lena";
        int before = refusalsOf("lena").size();

        var menuCheck = navigation.checkAccess(context(lena, false), false);
        var visit = navigation.checkAccess(context(lena, true), false);

        assertThat(menuCheck.decision()).isEqualTo(AccessCheckDecision.DENY);
        assertThat(visit.decision()).isEqualTo(AccessCheckDecision.DENY);
        List<LoggedEvent> refusals = refusalsOf("lena");
        assertThat(refusals).hasSize(before + 1);
        assertThat(refusals.getFirst().detail()).startsWith("Refused the page /admin/audit: ");
    }

    private static NavigationContext context(Principal who, boolean navigating) {
        Router router = Mockito.mock(Router.class);
        Mockito.when(router.getRegistry()).thenReturn(Mockito.mock(RouteRegistry.class));
        return new NavigationContext(router, AuditLogView.class, new Location("admin/audit"),
                RouteParameters.empty(), who, role -> false, false, navigating);
    }

    /** Refusals commit on their own, so earlier tests' may be there too: only this person's count. */
    private List<LoggedEvent> refusalsOf(String username) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs("ada", Role.ADMIN);
        try {
            return audit.search(new AuditQuery("", Set.of(AuditEventType.ACCESS_REFUSED), null, null), 0, 500).stream()
                    .filter(entry -> username.equals(entry.actor())).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private List<LoggedEvent> entries() {
        var before = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signInAs("ada", Role.ADMIN);
        try {
            return audit.search(AuditQuery.everything(), 0, 500).reversed();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** What the test added, oldest first, leaving out the set-up's entries and refusals. */
    private List<LoggedEvent> newEntries() {
        return entries().stream().filter(entry -> !earlier.contains(entry.id()))
                .filter(entry -> entry.type() != AuditEventType.ACCESS_REFUSED).toList();
    }
}
