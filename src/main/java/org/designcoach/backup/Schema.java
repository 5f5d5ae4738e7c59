package org.designcoach.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Every table that the migrations created, read from JDBC metadata and ordered so that a table
 * comes after the tables it refers to. Names are lower case: H2 may report them in upper case,
 * PostgreSQL reports lower case, and unquoted SQL finds them either way.
 */
record Schema(List<Table> tables) {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    Schema {
        tables = List.copyOf(tables);
    }

    static Schema read(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Table> byName = new TreeMap<>();
        for (String reported : tableNames(metadata, catalog, schema)) {
            Table table = new Table(normalise(reported), columns(metadata, catalog, schema, reported),
                    primaryKey(metadata, catalog, schema, reported), parents(metadata, catalog, schema, reported));
            byName.put(table.name(), table);
        }
        Map<String, Set<String>> parents = new HashMap<>();
        byName.values().forEach(table -> parents.put(table.name(), table.parents()));
        return new Schema(TableOrder.parentsFirst(parents).stream().map(byName::get).toList());
    }

    Optional<Table> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<String> tableNames(DatabaseMetaData metadata, @Nullable String catalog,
            @Nullable String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        // H2 2.x calls an ordinary table "BASE TABLE", PostgreSQL "TABLE".
        try (ResultSet rows = metadata.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!normalise(name).equals(FLYWAY_HISTORY)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<Column> columns(DatabaseMetaData metadata, @Nullable String catalog, @Nullable String schema,
            String table) throws SQLException {
        Map<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                if (!table.equals(rows.getString("TABLE_NAME"))) {
                    continue; // "_" in a name is a wildcard in metadata patterns
                }
                String name = normalise(rows.getString("COLUMN_NAME"));
                int jdbcType = rows.getInt("DATA_TYPE");
                String typeName = rows.getString("TYPE_NAME");
                ColumnType type = ColumnType.of(jdbcType, typeName).orElseThrow(() -> new BackupException(
                        "The column " + normalise(table) + "." + name + " has the type " + typeName
                                + ", which backups cannot carry yet. Teach ColumnType to read and write it "
                                + "before releasing the migration that added it."));
                boolean identity = "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"));
                byPosition.put(rows.getInt("ORDINAL_POSITION"), new Column(name, type, jdbcType, identity));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static List<String> primaryKey(DatabaseMetaData metadata, @Nullable String catalog,
            @Nullable String schema, String table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                bySequence.put(rows.getInt("KEY_SEQ"), normalise(rows.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static Set<String> parents(DatabaseMetaData metadata, @Nullable String catalog, @Nullable String schema,
            String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String parent = normalise(rows.getString("PKTABLE_NAME"));
                // A table that refers to itself (a reply to a comment) orders its own rows by key instead.
                if (!parent.equals(normalise(table))) {
                    parents.add(parent);
                }
            }
        }
        return parents;
    }
}
