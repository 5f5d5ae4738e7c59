package org.designcoach.api;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Puts the design format into the OpenAPI document as the component schema {@value #NAME}, read
 * from content/schema/design.schema.json: the file that checks every design is also the one tools
 * read, so the two cannot drift apart. OpenAPI 3.1 schemas are JSON Schema 2020-12, as that file is.
 */
@Configuration
class DesignSchemaDocumentation {

    static final String NAME = "Design";
    static final String REF = "#/components/schemas/" + NAME;
    private static final String FILE = "content/schema/design.schema.json";

    @Bean
    OpenApiCustomizer designSchema() {
        Schema<?> design = load();
        return openApi -> openApi.getComponents().addSchemas(NAME, design);
    }

    static Schema<?> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            Schema<?> schema = Json31.mapper().readValue(in, Schema.class);
            // Identifiers of the file itself; inside the OpenAPI document they would point nowhere.
            schema.set$schema(null);
            schema.set$id(null);
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("The design schema " + FILE + " cannot be read", e);
        }
    }
}
