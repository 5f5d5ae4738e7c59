package org.designcoach.backup;

/**
 * A column of an application table. The name is in lower case whatever case the database
 * reports; {@code jdbcType} is kept for binding NULLs; identity columns get their sequence moved
 * past the restored ids.
 */
record Column(String name, ColumnType type, int jdbcType, boolean identity) {
}
