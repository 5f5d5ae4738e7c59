package org.designcoach.content;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas (draft 2020-12) of content/schema, one per kind of file. They are read from
 * the application, never from a company's folder: a company's content must fit the same format.
 */
final class ContentSchemas {

    private static final String BASE = "https://designcoach.org/schema/";

    private final Map<String, Schema> byKind = new HashMap<>();

    ContentSchemas() {
        Map<String, String> texts = readSchemaTexts();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(texts));
        for (String id : texts.keySet()) {
            String kind = id.substring(BASE.length()).replace(".schema.json", "");
            byKind.put(kind, registry.getSchema(SchemaLocation.of(id)));
        }
    }

    /** Problems of one parsed file against the schema of its kind ("case", "concept", …). */
    List<ContentProblem> check(String kind, JsonNode document, String fileName) {
        Schema schema = byKind.get(kind);
        if (schema == null) {
            throw new IllegalStateException("No schema for content of kind " + kind);
        }
        List<Error> errors = schema.validate(document);
        return errors.stream()
                .map(error -> new ContentProblem(fileName, place(error), error.getMessage()))
                .toList();
    }

    private static String place(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.equals("$") ? "the top level" : location.replaceFirst("^\\$\\.?", "");
    }

    private static Map<String, String> readSchemaTexts() {
        var resolver = new PathMatchingResourcePatternResolver(ContentSchemas.class.getClassLoader());
        Map<String, String> texts = new HashMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:content/schema/*.schema.json")) {
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                String id = JsonMapper.shared().readTree(text).path("$id").asString();
                if (!id.startsWith(BASE)) {
                    throw new IllegalStateException("Schema " + resource.getFilename() + " has no $id under " + BASE);
                }
                texts.put(id, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content schemas", e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("No content schemas found under content/schema");
        }
        return texts;
    }
}
