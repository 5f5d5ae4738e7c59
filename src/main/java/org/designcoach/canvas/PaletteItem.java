package org.designcoach.canvas;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the canvas palette: a component type of the catalog as the canvas needs it.
 *
 * @param capacityPerInstance the catalog's requests per second for one instance, which the side panel shows
 *                            beside the field that overrides it; null when the catalog's figure is unreadable
 * @param serviceTimeMs       the catalog's mean time of one request, likewise
 * @param kind                what the type is (client, cache, queue…), as the catalog says
 * @param protocol            what an arrow into it most likely speaks; null for HTTPS
 */
public record PaletteItem(
        String type,
        String name,
        String category,
        String categoryTitle,
        String icon,
        String description,
        List<String> technologies,
        List<Property> properties,
        @Nullable Double capacityPerInstance,
        @Nullable Double serviceTimeMs,
        String kind,
        @Nullable String protocol) {

    public PaletteItem {
        technologies = List.copyOf(technologies);
        properties = List.copyOf(properties);
    }

    /** A property the side panel edits; types are boolean, choice, integer and ratio. */
    public record Property(String id, String label, String type, @Nullable List<String> choices,
            @Nullable Object defaultValue) {
    }
}
