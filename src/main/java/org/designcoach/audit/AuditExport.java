package org.designcoach.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.designcoach.audit.AuditLog.ExportFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries one at a time as CSV (RFC 4180, with a header row) or as a JSON array, for a
 * company's log system or a spreadsheet. Closing it finishes the document but leaves the stream open.
 */
abstract sealed class AuditExport implements AutoCloseable {

    static final String[] COLUMNS = {"id", "occurred_at", "type", "actor", "subject", "detail", "remote_address"};

    static AuditExport of(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> new Csv(out);
            case JSON -> new Json(out);
        };
    }

    abstract void write(LoggedEvent event) throws IOException;

    @Override
    public abstract void close() throws IOException;

    /**
     * One field of a CSV line. Quoted when it holds a comma, a quote or a line break (quotes doubled);
     * a value that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
     * return) gets a leading apostrophe first, so that opening the file never runs what someone typed.
     */
    static String csvField(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static final class Csv extends AuditExport {

        private final Writer writer;

        Csv(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(String.join(",", COLUMNS) + "\r\n");
        }

        @Override
        void write(LoggedEvent event) throws IOException {
            writer.write(Arrays.stream(new String[] {Long.toString(event.id()), event.occurredAt().toString(),
                    event.type().name(), event.actor(), event.subject(), event.detail(), event.remoteAddress()})
                    .map(AuditExport::csvField).collect(Collectors.joining(",")) + "\r\n");
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class Json extends AuditExport {

        private static final JsonMapper MAPPER = JsonMapper.builder().build();

        private final JsonGenerator generator;

        Json(OutputStream out) {
            generator = MAPPER.createGenerator(out);
            generator.writeStartArray();
        }

        @Override
        void write(LoggedEvent event) {
            generator.writeStartObject();
            generator.writeNumberProperty("id", event.id());
            generator.writeStringProperty("occurredAt", event.occurredAt().toString());
            generator.writeStringProperty("type", event.type().name());
            generator.writeStringProperty("label", event.type().label());
            generator.writeStringProperty("actor", event.actor());
            generator.writeStringProperty("subject", event.subject());
            generator.writeStringProperty("detail", event.detail());
            generator.writeStringProperty("remoteAddress", event.remoteAddress());
            generator.writeEndObject();
        }

        @Override
        public void close() {
            generator.writeEndArray();
            generator.flush();
        }
    }
}
