package org.designcoach.backup;

import static org.designcoach.backup.ArchiveFormat.COLUMNS;
import static org.designcoach.backup.ArchiveFormat.EXPORTED_AT;
import static org.designcoach.backup.ArchiveFormat.FORMAT_FIELD;
import static org.designcoach.backup.ArchiveFormat.ROWS;
import static org.designcoach.backup.ArchiveFormat.SCHEMA_VERSION;
import static org.designcoach.backup.ArchiveFormat.TABLES;

import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a backup file as a stream and refuses anything that is not exactly what this version
 * writes: the header must come before the tables, every table and column must exist here, a
 * table must come after the tables it refers to, and every value must fit its column. Each
 * refusal names the table, row and column. Rows that pass go to a {@link RowSink}.
 */
final class ArchiveReader {

    /** Receives the rows of one table after another, in file order. */
    interface RowSink {

        void startTable(Table table, List<Column> columns) throws SQLException;

        /** @param values one per column given to {@link #startTable}, null for SQL NULL */
        void row(@Nullable Object[] values, long rowNumber) throws SQLException;

        void endTable() throws SQLException;
    }

    /** A sink that keeps nothing: reading through it checks a file without touching the database. */
    static final RowSink CHECK_ONLY = new RowSink() {
        @Override
        public void startTable(Table table, List<Column> columns) {
        }

        @Override
        public void row(@Nullable Object[] values, long rowNumber) {
        }

        @Override
        public void endTable() {
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Schema schema;
    private final String expectedVersion;
    private final long maxRowsPerTable;

    ArchiveReader(Schema schema, String expectedVersion, long maxRowsPerTable) {
        this.schema = schema;
        this.expectedVersion = expectedVersion;
        this.maxRowsPerTable = maxRowsPerTable;
    }

    BackupSummary read(InputStream in, RowSink sink) throws SQLException {
        try (JsonParser json = JSON.createParser(in)) {
            return document(json, sink);
        } catch (StreamReadException e) {
            var location = e.getLocation();
            throw new BackupException("The file is not valid JSON (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + "): " + e.getOriginalMessage()
                    + ". Choose a backup file exactly as Design Coach wrote it.");
        } catch (JacksonException e) {
            throw new BackupException("The file could not be read to its end: " + e.getOriginalMessage(), e);
        }
    }

    private BackupSummary document(JsonParser json, RowSink sink) throws SQLException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new BackupException("The file is not a Design Coach backup: it does not start with '{'.");
        }
        ArchiveHeader header = new ArchiveHeader();
        Map<String, Long> rowsPerTable = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case FORMAT_FIELD -> header.format(text(json, name));
                case SCHEMA_VERSION -> header.version(text(json, name), expectedVersion);
                case EXPORTED_AT -> header.exportedAt(text(json, name));
                case TABLES -> rowsPerTable = tables(json, header.complete(), sink);
                default -> throw new BackupException("The file has a property '" + name
                        + "' that Design Coach backups do not have.");
            }
        }
        if (json.nextToken() != null) {
            throw new BackupException("The file goes on after the end of the backup; it may be two files in one.");
        }
        if (rowsPerTable == null) {
            throw new BackupException("The file holds no tables; it is not a complete backup.");
        }
        return new BackupSummary(header.version(), header.exportedAt(), rowsPerTable);
    }

    private Map<String, Long> tables(JsonParser json, ArchiveHeader header, RowSink sink) throws SQLException {
        expect(json, JsonToken.START_OBJECT, "'" + TABLES + "' must be an object of tables");
        Map<String, Long> rowsPerTable = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            Table table = schema.table(name).orElseThrow(() -> new BackupException("The backup has a table '" + name
                    + "' that this instance (schema version " + header.version() + ") does not have."));
            if (rowsPerTable.containsKey(name)) {
                throw new BackupException("The table " + name + " appears twice in the backup.");
            }
            List<String> missingParents = table.parents().stream().filter(p -> !rowsPerTable.containsKey(p)).toList();
            if (!missingParents.isEmpty()) {
                throw new BackupException("The table " + name + " comes before " + String.join(", ", missingParents)
                        + ", which it refers to; Design Coach writes them the other way round. The file was changed.");
            }
            rowsPerTable.put(name, table(json, table, sink));
        }
        List<String> missing = schema.tables().stream().map(Table::name).filter(t -> !rowsPerTable.containsKey(t))
                .toList();
        if (!missing.isEmpty()) {
            throw new BackupException("The backup lacks the tables " + String.join(", ", missing)
                    + "; it is not complete.");
        }
        return rowsPerTable;
    }

    private long table(JsonParser json, Table table, RowSink sink) throws SQLException {
        json.nextToken();
        expect(json, JsonToken.START_OBJECT, "the table " + table.name() + " must be an object");
        List<Column> columns = null;
        Long rows = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            if (name.equals(COLUMNS) && columns == null) {
                columns = columns(json, table);
                sink.startTable(table, columns);
            } else if (name.equals(ROWS) && columns != null && rows == null) {
                rows = rows(json, table, columns, sink);
                sink.endTable();
            } else {
                throw new BackupException("The table " + table.name() + " has '" + name + "' where Design Coach "
                        + "writes 'columns' and then 'rows', once each.");
            }
        }
        if (rows == null) {
            throw new BackupException("The table " + table.name() + " has no rows list.");
        }
        return rows;
    }

    private static List<Column> columns(JsonParser json, Table table) {
        expect(json, JsonToken.START_ARRAY, "the columns of " + table.name() + " must be a list of names");
        List<Column> columns = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            String name = json.getString();
            Column column = table.column(name).orElseThrow(() -> new BackupException("The table " + table.name()
                    + " has no column '" + name + "' in this version of Design Coach."));
            if (columns.contains(column)) {
                throw new BackupException("The column " + table.name() + "." + name + " is listed twice.");
            }
            columns.add(column);
        }
        expect(json, JsonToken.END_ARRAY, "the columns of " + table.name() + " must be a list of names");
        List<String> missing = table.columns().stream().filter(c -> !columns.contains(c)).map(Column::name).toList();
        if (!missing.isEmpty()) {
            throw new BackupException("The backup lacks the columns " + String.join(", ", missing) + " of the table "
                    + table.name() + ".");
        }
        return columns;
    }

    private long rows(JsonParser json, Table table, List<Column> columns, RowSink sink) throws SQLException {
        expect(json, JsonToken.START_ARRAY, "the rows of " + table.name() + " must be a list");
        long count = 0;
        while (json.nextToken() == JsonToken.START_ARRAY) {
            count++;
            if (count > maxRowsPerTable) {
                throw new BackupException("The table " + table.name() + " has more than " + maxRowsPerTable
                        + " rows, more than any Design Coach instance keeps; the file is damaged or not a backup.");
            }
            sink.row(row(json, table, columns, count), count);
        }
        expect(json, JsonToken.END_ARRAY, "table " + table.name() + ", row " + (count + 1) + " must be a list");
        return count;
    }

    private static @Nullable Object[] row(JsonParser json, Table table, List<Column> columns, long rowNumber) {
        @Nullable Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            JsonToken token = json.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw new BackupException("Table " + table.name() + ", row " + rowNumber + " has " + i
                        + " values, but the table has " + columns.size() + " columns.");
            }
            try {
                values[i] = token == JsonToken.VALUE_NULL ? null : column.type().read(json);
            } catch (ColumnType.WrongValue e) {
                throw new BackupException("Table " + table.name() + ", row " + rowNumber + ", column "
                        + column.name() + ": " + e.getMessage() + ", found " + found(json) + ".");
            }
        }
        if (json.nextToken() != JsonToken.END_ARRAY) {
            throw new BackupException("Table " + table.name() + ", row " + rowNumber + " has more values than the "
                    + columns.size() + " columns.");
        }
        return values;
    }

    private static String found(JsonParser json) {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = json.getString();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return token == JsonToken.START_OBJECT ? "an object" : "a list";
        }
        return json.getString();
    }

    private static String text(JsonParser json, String property) {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw new BackupException("The property '" + property + "' must be text.");
        }
        return json.getString();
    }

    private static void expect(JsonParser json, JsonToken token, String rule) {
        if (json.currentToken() != token) {
            throw new BackupException("The file is not a Design Coach backup: " + rule + ".");
        }
    }
}
