package org.designcoach.canvas;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of the canvas palette: a component type of the catalog as the canvas needs it. */
public record PaletteItem(
        String type,
        String name,
        String category,
        String categoryTitle,
        String icon,
        String description,
        List<String> technologies,
        List<Property> properties) {

    public PaletteItem {
        technologies = List.copyOf(technologies);
        properties = List.copyOf(properties);
    }

    /** A property the side panel edits; types are boolean, choice, integer and ratio. */
    public record Property(String id, String label, String type, @Nullable List<String> choices,
            @Nullable Object defaultValue) {
    }
}
