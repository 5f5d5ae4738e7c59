package org.designcoach.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The core of the instance backup, on any {@link DataSource}: the application's, or a second
 * database in a test. It is no Spring bean and checks no rights; {@link InstanceBackup} does.
 *
 * <p>Each call takes part in a transaction that is already open on the connection (a Spring
 * transaction on this data source; a restore then rolls back to a savepoint on failure);
 * otherwise it runs its own transaction.
 */
final class InstanceArchive {

    /** More rows than any table of a real instance holds; a file beyond it is damaged or hostile. */
    static final long MAX_ROWS_PER_TABLE = 20_000_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final long maxRowsPerTable;

    InstanceArchive(DataSource dataSource, Clock clock) {
        this(dataSource, clock, MAX_ROWS_PER_TABLE);
    }

    InstanceArchive(DataSource dataSource, Clock clock, long maxRowsPerTable) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxRowsPerTable = maxRowsPerTable;
    }

    /** Writes every application table to the output, from one consistent snapshot. */
    BackupSummary export(OutputStream out, String schemaVersion) {
        return inTransaction(true, connection ->
                ArchiveWriter.write(connection, Schema.read(connection), schemaVersion, clock.instant(), out));
    }

    /** Reads the whole file and says what a restore would do, or why it would be refused; changes nothing. */
    BackupSummary check(InputStream in, String schemaVersion) {
        return inTransaction(true, connection -> {
            Schema schema = Schema.read(connection);
            InstanceState.requireEmpty(connection, schema);
            return new ArchiveReader(schema, schemaVersion, maxRowsPerTable).read(in, ArchiveReader.CHECK_ONLY);
        });
    }

    /** Replaces the contents of an empty instance with the backup, all or nothing. */
    BackupSummary restore(InputStream in, String schemaVersion) {
        return inTransaction(false, connection -> {
            Schema schema = Schema.read(connection);
            InstanceState.requireEmpty(connection, schema);
            InstanceState.clear(connection, schema);
            BackupSummary summary = new ArchiveReader(schema, schemaVersion, maxRowsPerTable)
                    .read(in, new RowInserter(connection));
            InstanceState.moveIdentitiesPastRestoredIds(connection, schema);
            return summary;
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(boolean readOnly, Work<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // Not isConnectionTransactional: Spring also hands out auto-commit connections merely
            // synchronised with a transaction on another data source, and those need their own.
            return !connection.getAutoCommit()
                    ? withinCallersTransaction(connection, work)
                    : inOwnTransaction(connection, readOnly, work);
        } catch (SQLException e) {
            throw new BackupException("The database failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static <T> T withinCallersTransaction(Connection connection, Work<T> work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = work.run(connection);
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            throw e;
        }
    }

    /** Repeatable read gives an export one snapshot of all tables while the application goes on writing. */
    private static <T> T inOwnTransaction(Connection connection, boolean readOnly, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        if (readOnly) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        try {
            T result = work.run(connection);
            if (readOnly) {
                connection.rollback();
            } else {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }
}
