package org.designcoach.backup;

import static org.designcoach.backup.ArchiveFormat.EXPORTED_AT;
import static org.designcoach.backup.ArchiveFormat.FORMAT;
import static org.designcoach.backup.ArchiveFormat.FORMAT_FIELD;
import static org.designcoach.backup.ArchiveFormat.SCHEMA_VERSION;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a backup file that must all come before its tables, so that a file of another
 * format or schema version is refused before anything is written.
 */
final class ArchiveHeader {

    private @Nullable String format;
    private @Nullable String version;
    private @Nullable Instant exportedAt;

    void format(String value) {
        if (!FORMAT.equals(value)) {
            throw new BackupException("The file's format is '" + value + "', not a Design Coach instance backup ('"
                    + FORMAT + "'). A person's own data export cannot be restored as an instance.");
        }
        format = value;
    }

    void version(String value, String expected) {
        if (!expected.equals(value)) {
            throw new BackupException("The backup was made at schema version " + value + ", and this instance is "
                    + "at version " + expected + ". Restore it into a fresh instance of the Design Coach release "
                    + "that made it; that release then upgrades it on its next start.");
        }
        version = value;
    }

    void exportedAt(String value) {
        try {
            exportedAt = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BackupException("The property '" + EXPORTED_AT + "' must be a time such as "
                    + "2026-01-31T09:30:00Z, not '" + value + "'.");
        }
    }

    ArchiveHeader complete() {
        if (format == null || version == null || exportedAt == null) {
            throw new BackupException("The file is not a Design Coach backup: '" + FORMAT_FIELD + "', '"
                    + SCHEMA_VERSION + "' and '" + EXPORTED_AT + "' must come before the tables.");
        }
        return this;
    }

    String version() {
        return Objects.requireNonNull(version);
    }

    Instant exportedAt() {
        return Objects.requireNonNull(exportedAt);
    }
}
