package org.designcoach.backup;

/** What this feature announces, as Spring application events, for the audit log. */
public final class BackupEvents {

    private BackupEvents() {
    }

    /** An administrator downloaded a backup of the whole instance. */
    public record BackupDownloaded(String actor, long rows, String schemaVersion) {
    }

    /** An administrator restored a backup into this instance, replacing its contents. */
    public record BackupRestored(String actor, long rows, String schemaVersion) {
    }
}
