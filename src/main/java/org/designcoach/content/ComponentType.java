package org.designcoach.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the canvas palette, with the defaults that the simulator and cost model use.
 *
 * @param kind     what the type is (client, cache, queue…): the simulator, the rules and the canvas read it
 * @param protocol what an arrow into it most likely speaks, proposed by the canvas; null for HTTPS
 */
public record ComponentType(
        String id,
        String name,
        String category,
        String description,
        String icon,
        String concept,
        boolean stateful,
        String kind,
        @Nullable String protocol,
        List<String> capabilities,
        List<String> technologies,
        List<Property> properties,
        Defaults defaults) {

    public ComponentType {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    /**
     * A type-specific property that the canvas edits, such as a cache's hit ratio.
     *
     * @param capabilities what a value grants, by the value's text or "positive" for any number above 0
     */
    public record Property(String id, String label, String type, @Nullable List<String> choices,
            @JsonProperty("default") @Nullable Object defaultValue, @Nullable Map<String, List<String>> capabilities) {
    }

    public record Defaults(SourcedValue capacityPerInstance, SourcedValue serviceTime, SourcedValue availability,
            CostRange monthlyCost) {
    }

    /** A default with where it comes from: a seed figure or a stated assumption. */
    public record SourcedValue(String value, String source) {
    }

    public record CostRange(String min, String max, String source) {
    }
}
