package org.designcoach.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * An administrator's backup of the whole instance, and its restore into an empty instance of the
 * same schema version. The work is done by {@link InstanceArchive} on the application's database;
 * this adds the rights check and the schema version that Flyway reached.
 *
 * <p>No {@code @Transactional} here on purpose: the archive runs its own transaction on its own
 * connection, so that a restore is all or nothing and an export sees one snapshot.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class InstanceBackup {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
            .withZone(ZoneOffset.UTC);

    private final InstanceArchive archive;
    private final Flyway flyway;
    private final Clock clock;
    private final BackupProperties properties;
    private final ApplicationEventPublisher events;

    InstanceBackup(DataSource dataSource, Flyway flyway, Clock clock, BackupProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
        this.archive = new InstanceArchive(dataSource, clock);
        this.flyway = flyway;
        this.clock = clock;
        this.properties = properties;
    }

    /** Streams every application table as JSON to the output. */
    public BackupSummary export(OutputStream out) {
        BackupSummary summary = archive.export(out, schemaVersion());
        events.publishEvent(new BackupEvents.BackupDownloaded(actor(), summary.totalRows(), summary.schemaVersion()));
        return summary;
    }

    /** Reads a backup through and says what it holds, or refuses it; changes nothing. */
    public BackupSummary check(InputStream in) {
        return archive.check(in, schemaVersion());
    }

    /**
     * Replaces this empty instance's contents with the backup, in one transaction.
     *
     * @throws BackupException naming what is wrong with the file or the instance; nothing is changed then
     */
    public BackupSummary restore(InputStream in) {
        String actor = actor();
        BackupSummary summary = archive.restore(in, schemaVersion());
        events.publishEvent(new BackupEvents.BackupRestored(actor, summary.totalRows(), summary.schemaVersion()));
        return summary;
    }

    /** Read directly: the security feature depends on this one, so its CurrentUser is out of reach. */
    private static String actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null ? "(unknown)" : who.getName();
    }

    public String fileName() {
        return "design-coach-backup-" + FILE_TIME.format(clock.instant()) + ".json";
    }

    public long maxUploadBytes() {
        return properties.maxUploadBytes();
    }

    /** The version of the last migration applied, such as "5". */
    public String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new BackupException("The database has no schema version yet; start Design Coach once first.");
        }
        return current.getVersion().getVersion();
    }
}
