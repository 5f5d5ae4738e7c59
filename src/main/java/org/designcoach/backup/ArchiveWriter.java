package org.designcoach.backup;

import static org.designcoach.backup.ArchiveFormat.COLUMNS;
import static org.designcoach.backup.ArchiveFormat.EXPORTED_AT;
import static org.designcoach.backup.ArchiveFormat.FORMAT;
import static org.designcoach.backup.ArchiveFormat.FORMAT_FIELD;
import static org.designcoach.backup.ArchiveFormat.ROWS;
import static org.designcoach.backup.ArchiveFormat.SCHEMA_VERSION;
import static org.designcoach.backup.ArchiveFormat.TABLES;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table, parents first, row by row to the output: a large instance streams through
 * and never sits in memory.
 */
final class ArchiveWriter {

    /** Rows fetched per round trip; PostgreSQL streams with a cursor only when a fetch size is set. */
    private static final int FETCH_SIZE = 500;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ArchiveWriter() {
    }

    static BackupSummary write(Connection connection, Schema schema, String schemaVersion, Instant now,
            OutputStream out) throws SQLException {
        Map<String, Long> rowsPerTable = new LinkedHashMap<>();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty(FORMAT_FIELD, FORMAT);
            json.writeStringProperty(SCHEMA_VERSION, schemaVersion);
            json.writeStringProperty(EXPORTED_AT, now.toString());
            json.writeName(TABLES);
            json.writeStartObject();
            for (Table table : schema.tables()) {
                rowsPerTable.put(table.name(), writeTable(connection, table, json));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return new BackupSummary(schemaVersion, now, rowsPerTable);
    }

    private static long writeTable(Connection connection, Table table, JsonGenerator json) throws SQLException {
        json.writeName(table.name());
        json.writeStartObject();
        json.writeName(COLUMNS);
        json.writeStartArray();
        for (Column column : table.columns()) {
            json.writeString(column.name());
        }
        json.writeEndArray();
        json.writeName(ROWS);
        json.writeStartArray();
        long count = 0;
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery(selectAll(table))) {
                while (rows.next()) {
                    writeRow(table, rows, json);
                    count++;
                }
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        return count;
    }

    private static void writeRow(Table table, ResultSet rows, JsonGenerator json) throws SQLException {
        json.writeStartArray();
        for (int i = 0; i < table.columns().size(); i++) {
            table.columns().get(i).type().write(rows, i + 1, json);
        }
        json.writeEndArray();
    }

    /** Rows in key order, so that two backups of the same data are the same file. */
    private static String selectAll(Table table) {
        String columns = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String order = table.primaryKey().isEmpty() ? "" : " ORDER BY " + String.join(", ", table.primaryKey());
        return "SELECT " + columns + " FROM " + table.name() + order;
    }
}
