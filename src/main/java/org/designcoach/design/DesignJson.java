package org.designcoach.design;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a design (format version 1): absent fields are left out, so that a written
 * design reads like a hand-written one. Checking a design that a user sends is the content
 * library's job ({@code DesignDocuments}); this only converts.
 */
public final class DesignJson {

    /**
     * Immutable and thread-safe, as every Jackson 3 mapper. Only the record components are
     * written: helpers such as {@code isAsync()} are not part of the format.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private DesignJson() {
    }

    /** One line, for the canvas and the database. */
    public static String compact(Design design) {
        return MAPPER.writeValueAsString(design);
    }

    /** Indented, for a file a person may read. */
    public static String pretty(Design design) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(design);
    }
}
