package org.designcoach.backup;

/** The names in an instance backup file, shared by the writer and the reader. */
final class ArchiveFormat {

    static final String FORMAT = "design-coach-instance";
    static final String FORMAT_FIELD = "format";
    static final String SCHEMA_VERSION = "schemaVersion";
    static final String EXPORTED_AT = "exportedAt";
    static final String TABLES = "tables";
    static final String COLUMNS = "columns";
    static final String ROWS = "rows";

    private ArchiveFormat() {
    }
}
