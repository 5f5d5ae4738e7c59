package org.designcoach.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DesignLimitsTest {

    @Test
    void everyLimitIsTheOneTheDesignSchemaStates() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("content/schema/design.schema.json")) {
            schema = DesignJson.MAPPER.readTree(in);
        }
        JsonNode stated = schema.at("/$defs/limits/default");
        DesignLimits limits = DesignLimits.OF_SCHEMA;

        assertThat(limits.text()).isEqualTo(stated.get("text").intValue()).isPositive();
        assertThat(limits.notes()).isEqualTo(stated.get("notes").intValue()).isGreaterThan(limits.text());
        assertThat(limits.components()).isEqualTo(stated.get("components").intValue()).isPositive();
        assertThat(limits.connections()).isEqualTo(stated.get("connections").intValue()).isPositive();
        assertThat(limits.loadedUtilisation()).isEqualTo(stated.get("loadedUtilisation").doubleValue()).isBetween(0.0, 1.0);
        assertThat(limits.instances()).isEqualTo(
                schema.at("/properties/components/items/properties/instances/maximum").intValue());
        assertThat(limits.protocols()).containsExactlyElementsOf(
                schema.at("/properties/connections/items/properties/protocol/enum").valueStream()
                        .map(JsonNode::asString).toList());
    }

    @Test
    void theLimitsReachTheCanvasAsOneJsonObject() {
        JsonNode sent = DesignJson.MAPPER.readTree(DesignJson.MAPPER.writeValueAsString(DesignLimits.OF_SCHEMA));

        assertThat(sent.get("text").intValue()).isEqualTo(DesignLimits.OF_SCHEMA.text());
        assertThat(sent.get("instances").intValue()).isEqualTo(DesignLimits.OF_SCHEMA.instances());
        assertThat(sent.get("protocols").get(0).asString()).isEqualTo("HTTPS");
        assertThat(sent.get("loadedUtilisation").doubleValue()).isEqualTo(DesignLimits.OF_SCHEMA.loadedUtilisation());
    }
}
