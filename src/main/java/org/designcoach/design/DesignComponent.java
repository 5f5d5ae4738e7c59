package org.designcoach.design;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One box on the canvas: a catalog component type, named with a concrete technology. */
public record DesignComponent(
        String id,
        String type,
        @Nullable String label,
        @Nullable String technology,
        @Nullable Integer instances,
        @Nullable Boolean multiAz,
        @Nullable String region,
        @Nullable String group,
        Map<String, Object> properties,
        @Nullable String notes,
        @Nullable Position position) {

    public DesignComponent {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public int instanceCount() {
        return instances == null ? 1 : instances;
    }

    public boolean isMultiAz() {
        return Boolean.TRUE.equals(multiAz);
    }

    /** The label if there is one, else the technology, else the type. */
    public String displayName() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        return technology != null && !technology.isBlank() ? technology : type;
    }

    /** Where the canvas draws the component; absent until laid out. */
    public record Position(double x, double y) {
    }
}
