package org.designcoach.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Inserts the rows of a backup in batches. When the database refuses a batch (a value too long
 * for its column, a duplicate key), the message names the table and the rows of that batch.
 */
final class RowInserter implements ArchiveReader.RowSink {

    private static final int BATCH = 500;

    private final Connection connection;
    private @Nullable Table table;
    private List<Column> columns = List.of();
    private @Nullable PreparedStatement insert;
    private long firstRowOfBatch = 1;
    private int batched;

    RowInserter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void startTable(Table next, List<Column> nextColumns) throws SQLException {
        this.table = next;
        this.columns = nextColumns;
        String names = nextColumns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = String.join(", ", Collections.nCopies(nextColumns.size(), "?"));
        this.insert = connection.prepareStatement("INSERT INTO " + next.name() + " (" + names + ") VALUES (" + marks
                + ")");
        this.firstRowOfBatch = 1;
        this.batched = 0;
    }

    @Override
    public void row(@Nullable Object[] values, long rowNumber) throws SQLException {
        PreparedStatement statement = requireInsert();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            column.type().bind(statement, i + 1, values[i], column.jdbcType());
        }
        statement.addBatch();
        batched++;
        if (batched == BATCH) {
            flush(rowNumber);
        }
    }

    @Override
    public void endTable() throws SQLException {
        flush(firstRowOfBatch + batched - 1);
        requireInsert().close();
        insert = null;
    }

    private void flush(long lastRow) throws SQLException {
        if (batched == 0) {
            return;
        }
        try {
            requireInsert().executeBatch();
        } catch (SQLException e) {
            throw new BackupException("The database refused table " + requireTable().name() + ", rows "
                    + firstRowOfBatch + " to " + lastRow + ": " + rootMessage(e), e);
        }
        firstRowOfBatch = lastRow + 1;
        batched = 0;
    }

    /** PostgreSQL puts the reason of a failed batch into the next exception in the chain. */
    private static String rootMessage(SQLException e) {
        SQLException reason = e.getNextException() != null ? e.getNextException() : e;
        return String.valueOf(reason.getMessage()).lines().findFirst().orElse("");
    }

    private PreparedStatement requireInsert() {
        if (insert == null) {
            throw new IllegalStateException("A row came before its table started");
        }
        return insert;
    }

    private Table requireTable() {
        if (table == null) {
            throw new IllegalStateException("A row came before its table started");
        }
        return table;
    }
}
