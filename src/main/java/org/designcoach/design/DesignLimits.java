package org.designcoach.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The limits of a design, read from the one place that states them, {@code content/schema/design.schema.json}:
 * the server's checks, the simulator and the canvas (which receives them with the palette) all use these.
 *
 * @param text              characters of a label, a technology, a region or a text property
 * @param notes             characters of a component's notes
 * @param components        components a design holds at most
 * @param connections       arrows a design holds at most
 * @param instances         instances one component has at most
 * @param protocols         what an arrow may speak
 * @param loadedUtilisation the share of its capacity from which a component counts as loaded
 */
public record DesignLimits(int text, int notes, int components, int connections, int instances,
        List<String> protocols, double loadedUtilisation) {

    private static final String SCHEMA = "content/schema/design.schema.json";

    /** The limits the schema on the classpath states. */
    public static final DesignLimits OF_SCHEMA = read();

    public DesignLimits {
        protocols = List.copyOf(protocols);
    }

    private static DesignLimits read() {
        try (InputStream in = DesignLimits.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the classpath");
            }
            JsonNode schema = DesignJson.MAPPER.readTree(in);
            JsonNode limits = schema.at("/$defs/limits/default");
            return new DesignLimits(number(limits, "/text").intValue(), number(limits, "/notes").intValue(),
                    number(limits, "/components").intValue(), number(limits, "/connections").intValue(),
                    number(schema, "/properties/components/items/properties/instances/maximum").intValue(),
                    schema.at("/properties/connections/items/properties/protocol/enum").valueStream()
                            .map(JsonNode::asString).toList(),
                    number(limits, "/loadedUtilisation").doubleValue());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + SCHEMA, e);
        }
    }

    private static Number number(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        if (!value.isNumber()) {
            throw new IllegalStateException(SCHEMA + " has no number at " + pointer);
        }
        return value.numberValue();
    }
}
