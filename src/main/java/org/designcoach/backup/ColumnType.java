package org.designcoach.backup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The column types that our migrations use (see STACK.md) and how each travels in a backup. A
 * type not listed here fails the backup on purpose, so that a migration that introduces one is
 * noticed by the round-trip test rather than by an administrator whose restore lost data.
 */
enum ColumnType {

    BIGINT("a whole number") {
        @Override
        @Nullable Object fetch(ResultSet rows, int index) throws SQLException {
            return rows.getObject(index, Long.class);
        }

        @Override
        void emit(Object value, JsonGenerator json) {
            json.writeNumber((Long) value);
        }

        @Override
        Object read(JsonParser json) {
            return wholeNumber(json, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    },
    INTEGER("a whole number") {
        @Override
        @Nullable Object fetch(ResultSet rows, int index) throws SQLException {
            return rows.getObject(index, Integer.class);
        }

        @Override
        void emit(Object value, JsonGenerator json) {
            json.writeNumber((Integer) value);
        }

        @Override
        Object read(JsonParser json) {
            return (int) wholeNumber(json, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    },
    BOOLEAN("true or false") {
        @Override
        @Nullable Object fetch(ResultSet rows, int index) throws SQLException {
            return rows.getObject(index, Boolean.class);
        }

        @Override
        void emit(Object value, JsonGenerator json) {
            json.writeBoolean((Boolean) value);
        }

        @Override
        Object read(JsonParser json) {
            JsonToken token = json.currentToken();
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                throw expected(this);
            }
            return token == JsonToken.VALUE_TRUE;
        }
    },
    TEXT("text in quotes") {
        @Override
        @Nullable Object fetch(ResultSet rows, int index) throws SQLException {
            return rows.getString(index);
        }

        @Override
        void emit(Object value, JsonGenerator json) {
            json.writeString((String) value);
        }

        @Override
        Object read(JsonParser json) {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw expected(this);
            }
            return json.getString();
        }
    },
    TIMESTAMP_WITH_TIME_ZONE("a time such as \"2026-01-31T09:30:00Z\"") {
        @Override
        @Nullable Object fetch(ResultSet rows, int index) throws SQLException {
            return rows.getObject(index, OffsetDateTime.class);
        }

        @Override
        void emit(Object value, JsonGenerator json) {
            json.writeString(((OffsetDateTime) value).toInstant().toString());
        }

        @Override
        Object read(JsonParser json) {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw expected(this);
            }
            try {
                return OffsetDateTime.ofInstant(Instant.parse(json.getString()), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw expected(this);
            }
        }
    };

    private final String expectation;

    ColumnType(String expectation) {
        this.expectation = expectation;
    }

    /** Writes the column's value in the current row as JSON; SQL NULL becomes JSON null. */
    final void write(ResultSet rows, int index, JsonGenerator json) throws SQLException {
        Object value = fetch(rows, index);
        if (value == null) {
            json.writeNull();
        } else {
            emit(value, json);
        }
    }

    /** The column's value in the current row, null for SQL NULL. */
    abstract @Nullable Object fetch(ResultSet rows, int index) throws SQLException;

    /** Writes a non-null value of this column as JSON. */
    abstract void emit(Object value, JsonGenerator json);

    /** Reads a non-null JSON value for this column; throws {@link WrongValue} when it does not fit. */
    abstract Object read(JsonParser json);

    /** Binds a value read by {@link #read} (or null) to an insert. */
    void bind(PreparedStatement insert, int index, @Nullable Object value, int jdbcType) throws SQLException {
        if (value == null) {
            insert.setNull(index, jdbcType);
        } else {
            insert.setObject(index, value);
        }
    }

    /**
     * The type of a column as JDBC metadata reports it. H2 and PostgreSQL name the same SQL type
     * differently (PostgreSQL reports BOOLEAN as BIT "bool" and TIMESTAMP WITH TIME ZONE as
     * TIMESTAMP "timestamptz"), so both the JDBC type and the database's name are looked at.
     */
    static Optional<ColumnType> of(int jdbcType, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (jdbcType) {
            case Types.BIGINT -> BIGINT;
            case Types.INTEGER -> INTEGER;
            case Types.BOOLEAN -> BOOLEAN;
            case Types.BIT -> name.equals("bool") || name.equals("boolean") ? BOOLEAN : null;
            case Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB -> TEXT;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_TIME_ZONE;
            case Types.TIMESTAMP -> name.equals("timestamptz") ? TIMESTAMP_WITH_TIME_ZONE : null;
            default -> null;
        });
    }

    private static long wholeNumber(JsonParser json, long min, long max) {
        if (json.currentToken() != JsonToken.VALUE_NUMBER_INT
                || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new WrongValue("a whole number between " + min + " and " + max);
        }
        long value = json.getLongValue();
        if (value < min || value > max) {
            throw new WrongValue("a whole number between " + min + " and " + max);
        }
        return value;
    }

    private static WrongValue expected(ColumnType type) {
        return new WrongValue(type.expectation);
    }

    /** A JSON value that does not fit its column; the reader adds where it was. */
    static final class WrongValue extends RuntimeException {

        WrongValue(String expectation) {
            super("expected " + expectation);
        }
    }
}
