package org.designcoach.backup;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a backup file holds: its schema version, when it was made, and the rows per table in file order. */
public record BackupSummary(String schemaVersion, Instant exportedAt, Map<String, Long> rowsPerTable) {

    public BackupSummary {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerTable));
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rowsOf(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }
}
