package org.designcoach.backup;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An application table as the database describes it: columns in their declared order, the
 * primary key (for a stable row order), and the tables it refers to by foreign key (itself excluded).
 */
record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

    Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        parents = Set.copyOf(parents);
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }
}
