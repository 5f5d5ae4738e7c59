package org.designcoach.audit;

import java.util.Locale;
import org.designcoach.api.ApiTokenEvents.TokenCreated;
import org.designcoach.api.ApiTokenEvents.TokenRevoked;
import org.designcoach.backup.BackupEvents.BackupDownloaded;
import org.designcoach.backup.BackupEvents.BackupRestored;
import org.designcoach.cohort.CohortEvents.CohortDeleted;
import org.designcoach.cohort.CohortEvents.MemberAdded;
import org.designcoach.cohort.CohortEvents.MemberRemoved;
import org.designcoach.content.ContentEvents.ContentReloadRequested;
import org.designcoach.security.AccountEvents.RegistrationSwitched;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what administrators and token owners do beyond accounts: backups, API tokens, cohort
 * membership (which decides which mentor sees which learner), the registration switch and content
 * reloads. Synchronous, like {@link AccountEventListener}: the entry shares the action's transaction.
 */
@Component
class AdministrationEventListener {

    private final AuditLog log;

    AdministrationEventListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void backupDownloaded(BackupDownloaded event) {
        log.record(AuditEventType.BACKUP_DOWNLOADED, event.actor(), null, "Downloaded a backup of the whole instance: "
                + rows(event.rows()) + ", schema version " + event.schemaVersion());
    }

    @EventListener
    void backupRestored(BackupRestored event) {
        log.record(AuditEventType.BACKUP_RESTORED, event.actor(), null, "Restored a backup into this instance: "
                + rows(event.rows()) + ", schema version " + event.schemaVersion() + "; every earlier entry of this "
                + "log was replaced by the backup's");
    }

    @EventListener
    void tokenCreated(TokenCreated event) {
        log.record(AuditEventType.API_TOKEN_CREATED, event.owner(), event.owner(), "Created API token " + event.tokenId()
                + " '" + event.name() + "' ending " + event.hint());
    }

    @EventListener
    void tokenRevoked(TokenRevoked event) {
        log.record(AuditEventType.API_TOKEN_REVOKED, event.owner(), event.owner(), "Revoked API token " + event.tokenId()
                + " '" + event.name() + "' ending " + event.hint());
    }

    @EventListener
    void memberAdded(MemberAdded event) {
        log.record(AuditEventType.COHORT_MEMBER_ADDED, event.actor(), event.username(), "Added as "
                + words(event.as().name()) + " to cohort " + event.cohortId() + " '" + event.cohortName() + "'");
    }

    @EventListener
    void memberRemoved(MemberRemoved event) {
        log.record(AuditEventType.COHORT_MEMBER_REMOVED, event.actor(), event.username(), "Removed as "
                + words(event.as().name()) + " from cohort " + event.cohortId() + " '" + event.cohortName() + "'");
    }

    @EventListener
    void cohortDeleted(CohortDeleted event) {
        log.record(AuditEventType.COHORT_DELETED, event.actor(), null, "Deleted cohort " + event.cohortId() + " '"
                + event.cohortName() + "' with " + event.learners() + (event.learners() == 1 ? " learner" : " learners")
                + " and " + event.mentors() + (event.mentors() == 1 ? " mentor" : " mentors"));
    }

    @EventListener
    void registrationSwitched(RegistrationSwitched event) {
        log.record(AuditEventType.REGISTRATION_SWITCHED, event.actor(), null, event.open()
                ? "Opened self-registration: anyone may create a learner account"
                : "Closed self-registration: only administrators create accounts");
    }

    @EventListener
    void contentReloaded(ContentReloadRequested event) {
        log.record(AuditEventType.CONTENT_RELOADED, event.actor(), null, event.reloaded()
                ? "Reloaded the content: version " + event.version() + " is in use"
                : "Content reload refused with " + event.problems() + (event.problems() == 1 ? " problem" : " problems")
                        + "; version " + event.version() + " stays in use");
    }

    private static String rows(long rows) {
        return rows + (rows == 1 ? " row" : " rows");
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
