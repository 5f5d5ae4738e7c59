package org.designcoach.content;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designcoach.canvas.PaletteItem;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;
import org.jspecify.annotations.Nullable;

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
                type.icon(), type.description(), type.technologies(), properties,
                figure(type.defaults().capacityPerInstance().value(), "/s"),
                figure(type.defaults().serviceTime().value(), "ms"), type.kind(), type.protocol());
    }

    /** A catalog figure in the unit the side panel shows; the loader has checked it already, so null is only a guard. */
    private static @Nullable Double figure(String text, String unit) {
        try {
            return QuantityParser.parse(text).in(unit);
        } catch (QuantityException unreadable) {
            return null;
        }
    }
}
