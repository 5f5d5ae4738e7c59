package org.designcoach.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designcoach.canvas.PaletteItem;

/** The canvas palette made from the component catalog, in the catalog's order of categories. */
public final class CanvasPalette {

    private CanvasPalette() {
    }

    public static List<PaletteItem> of(Catalog catalog) {
        Map<String, String> titles = catalog.categories().stream()
                .collect(Collectors.toMap(Catalog.Category::id, Catalog.Category::title));
        List<String> order = catalog.categories().stream().map(Catalog.Category::id).toList();
        return catalog.components().stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(a.category()), order.indexOf(b.category())))
                .map(type -> item(type, titles::get))
                .toList();
    }

    private static PaletteItem item(ComponentType type, Function<String, String> categoryTitle) {
        List<PaletteItem.Property> properties = type.properties().stream()
                        .map(p -> new PaletteItem.Property(p.id(), p.label(), p.type(), p.choices(), p.defaultValue()))
                        .toList();
        return new PaletteItem(type.id(), type.name(), type.category(), categoryTitle.apply(type.category()),
                type.icon(), type.description(), type.technologies(), properties);
    }
}
