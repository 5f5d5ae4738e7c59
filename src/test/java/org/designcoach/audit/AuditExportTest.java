package org.designcoach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcoach.audit.AuditLog.ExportFormat;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditExportTest {

    private static final LoggedEvent HOSTILE = new LoggedEvent(7, Instant.parse("2026-11-24T10:00:00Z"),
            AuditEventType.API_TOKEN_CREATED, "lena", "=HYPERLINK(\"http://evil\")",
            "Created token 'a, \"b\"'\nsecond line", "203.0.113.7");

    @Test
    void plainValuesAreWrittenAsTheyAre() {
        assertThat(AuditExport.csvField("lena")).isEqualTo("lena");
        assertThat(AuditExport.csvField(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(AuditExport.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditExport.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditExport.csvField("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(AuditExport.csvField("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        assertThat(AuditExport.csvField("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditExport.csvField("+1")).isEqualTo("'+1");
        assertThat(AuditExport.csvField("-1")).isEqualTo("'-1");
        assertThat(AuditExport.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditExport.csvField("\tx")).isEqualTo("'\tx");
        assertThat(AuditExport.csvField("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(AuditExport.csvField("a=b")).isEqualTo("a=b");
    }

    @Test
    void aCsvExportHasAHeaderAndOneRecordPerEntry() throws IOException {
        String csv = export(ExportFormat.CSV);

        assertThat(csv).isEqualTo("id,occurred_at,type,actor,subject,detail,remote_address\r\n"
                + "7,2026-11-24T10:00:00Z,API_TOKEN_CREATED,lena,\"'=HYPERLINK(\"\"http://evil\"\")\","
                + "\"Created token 'a, \"\"b\"\"'\nsecond line\",203.0.113.7\r\n");
    }

    @Test
    void aJsonExportIsAnArrayOfEntriesWithEveryField() throws IOException {
        JsonNode array = JsonMapper.builder().build().readTree(export(ExportFormat.JSON));

        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(1);
        JsonNode entry = array.get(0);
        assertThat(entry.get("id").asLong()).isEqualTo(7);
        assertThat(entry.get("occurredAt").asString()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(entry.get("type").asString()).isEqualTo("API_TOKEN_CREATED");
        assertThat(entry.get("subject").asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(entry.get("detail").asString()).isEqualTo("Created token 'a, \"b\"'\nsecond line");
    }

    @Test
    void everyEntryGoesToTheStructuredLogAsKeyValuePairs() {
        Logger logger = (Logger) LoggerFactory.getLogger(AuditLog.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            AuditLog.writeToLog(HOSTILE);
        } finally {
            logger.detachAppender(appender);
        }

        ILoggingEvent line = appender.list.getFirst();
        Map<String, Object> pairs = line.getKeyValuePairs().stream()
                .collect(Collectors.toMap(pair -> pair.key, pair -> pair.value));
        assertThat(pairs).containsEntry("event.action", "api_token_created").containsEntry("event.id", 7L)
                .containsEntry("user.name", "lena").containsEntry("user.target.name", "=HYPERLINK(\"http://evil\")")
                .containsEntry("source.address", "203.0.113.7").containsEntry("event.dataset", "designcoach.audit");
        assertThat(line.getFormattedMessage()).startsWith("Audit: API token created - Created token");
    }

    private static String export(ExportFormat format) throws IOException {
        var out = new ByteArrayOutputStream();
        try (AuditExport export = AuditExport.of(format, out)) {
            export.write(HOSTILE);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
