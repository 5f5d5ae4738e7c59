package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogProtocolTest {

    @Test
    void theCatalogProposesOnlyProtocolsThatADesignMayUse() throws IOException {
        JsonNode catalog = schema("catalog.schema.json").at("/properties/components/items/properties/protocol/enum");
        JsonNode design = schema("design.schema.json")
                .at("/properties/connections/items/properties/protocol/enum");

        assertThat(catalog.isArray()).isTrue();
        assertThat(catalog).isEqualTo(design);
    }

    @Test
    void thePaletteCarriesEachTypesKindAndProtocol() {
        var palette = CanvasPalette.of(ContentLoaderAccess.builtIn(MutableClock.startingAt("2026-12-03T10:00:00Z"))
                .catalog());

        assertThat(palette).allSatisfy(item -> assertThat(item.kind()).isNotBlank());
        assertThat(palette).filteredOn(item -> "queue".equals(item.kind()) || "stream".equals(item.kind()))
                .extracting(item -> item.protocol()).containsOnly("message");
        assertThat(palette).filteredOn(item -> item.kind().equals("client")).extracting(item -> item.protocol())
                .containsOnlyNulls();
        assertThat(List.of("SQL", "TCP", "DNS")).allSatisfy(protocol -> assertThat(palette)
                .anyMatch(item -> protocol.equals(item.protocol())));
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = CatalogProtocolTest.class.getClassLoader().getResourceAsStream("content/schema/" + name)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
