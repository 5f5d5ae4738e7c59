package org.designcoach.backup;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Every application table's rows, read with plain JDBC and none of the backup code, in a form
 * that compares across H2 and PostgreSQL: times as instants, numbers as longs, rows sorted.
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    /** Table name (lower case) to its rows; takes part in a running Spring transaction on this data source. */
    static Map<String, List<List<Object>>> of(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Map<String, List<List<Object>>> tables = new TreeMap<>();
            for (String table : tableNames(connection)) {
                tables.put(table.toLowerCase(Locale.ROOT), rows(connection, table));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<List<Object>> rows(Connection connection, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet result = select.executeQuery("SELECT * FROM " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(comparable(result.getObject(i)));
                }
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    private static Object comparable(Object value) throws SQLException {
        return switch (value) {
            case null -> "NULL";
            case OffsetDateTime time -> time.toInstant();
            case Timestamp time -> time.toInstant();
            case Clob text -> text.getSubString(1, (int) text.length());
            case Integer number -> number.longValue();
            default -> value;
        };
    }
}
