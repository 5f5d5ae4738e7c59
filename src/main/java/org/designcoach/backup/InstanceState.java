package org.designcoach.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * What a restore may replace, and the clean-up around it.
 *
 * <p>An instance is empty when no application table has rows, with two allowances for a fresh
 * instance that an administrator has just set up to run the restore: at most one account, which
 * is an admin (with nothing else of theirs, since every other table is empty), and the rows of
 * the instance settings, the sign-in throttle and the audit log (setting up writes its first entries).
 * All of these are replaced by the backup.
 */
final class InstanceState {

    static final String ACCOUNTS = "user_account";
    /** Tables that a fresh instance fills by itself and that a restore simply replaces. */
    static final Set<String> REPLACED = Set.of("app_setting", "sign_in_throttle", "audit_event");

    private InstanceState() {
    }

    static void requireEmpty(Connection connection, Schema schema) throws SQLException {
        for (Table table : schema.tables()) {
            if (REPLACED.contains(table.name())) {
                continue;
            }
            long rows = count(connection, "SELECT COUNT(*) FROM " + table.name());
            if (table.name().equals(ACCOUNTS)) {
                long others = count(connection, "SELECT COUNT(*) FROM " + ACCOUNTS + " WHERE role <> 'ADMIN'");
                if (rows > 1 || others > 0) {
                    throw notEmpty(rows + " accounts; a fresh instance has only the administrator who set it up");
                }
            } else if (rows > 0) {
                throw notEmpty("rows in the table " + table.name());
            }
        }
    }

    /** Deletes every row, children first, so that no foreign key stands in the way. */
    static void clear(Connection connection, Schema schema) throws SQLException {
        List<Table> childrenFirst = schema.tables().reversed();
        try (Statement delete = connection.createStatement()) {
            for (Table table : childrenFirst) {
                delete.executeUpdate("DELETE FROM " + table.name());
            }
        }
    }

    /**
     * Moves each identity column's sequence past the largest restored id, so that the next row
     * made by the application does not collide. The same statement works on H2 and PostgreSQL.
     */
    static void moveIdentitiesPastRestoredIds(Connection connection, Schema schema) throws SQLException {
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (column.identity()) {
                    long max = count(connection, "SELECT COALESCE(MAX(" + column.name() + "), 0) FROM "
                            + table.name());
                    try (Statement alter = connection.createStatement()) {
                        alter.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name()
                                + " RESTART WITH " + (max + 1));
                    }
                }
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static BackupException notEmpty(String what) {
        return new BackupException("This instance is not empty: it has " + what + ". A backup restores only into a "
                + "fresh instance of the same version, so that nothing is mixed or lost. Set up a new instance, "
                + "sign in as its administrator and restore there.");
    }
}
