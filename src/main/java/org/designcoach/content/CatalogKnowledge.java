package org.designcoach.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.rules.ComponentKnowledge;

/** The catalog's kinds and capabilities as the plain values the rules engine takes. */
final class CatalogKnowledge {

    private CatalogKnowledge() {
    }

    static ComponentKnowledge of(Catalog catalog) {
        Map<String, ComponentKnowledge.TypeFacts> types = new HashMap<>();
        for (ComponentType type : catalog.components()) {
            Map<String, ComponentKnowledge.PropertyFacts> properties = new HashMap<>();
            for (ComponentType.Property property : type.properties()) {
                if (property.capabilities() != null && !property.capabilities().isEmpty()) {
                    Map<String, Set<String>> byValue = new HashMap<>();
                    property.capabilities().forEach((value, granted) -> byValue.put(value, Set.copyOf(granted)));
                    properties.put(property.id(), new ComponentKnowledge.PropertyFacts(property.defaultValue(), byValue));
                }
            }
            types.put(type.id(), new ComponentKnowledge.TypeFacts(type.kind() == null ? "" : type.kind(),
                    Set.copyOf(type.capabilities()), properties));
        }
        List<ComponentKnowledge.TechnologyFacts> technologies = catalog.technologyCapabilities().stream()
                .map(known -> new ComponentKnowledge.TechnologyFacts(known.match(),
                        known.types() == null ? Set.of() : Set.copyOf(known.types()), Set.copyOf(known.capabilities())))
                .toList();
        Set<String> capabilities = catalog.capabilities().stream().map(Catalog.Capability::id).collect(Collectors.toSet());
        Set<String> qualities = catalog.capabilities().stream().filter(capability -> Boolean.TRUE.equals(capability.quality()))
                .map(Catalog.Capability::id).collect(Collectors.toSet());
        return new ComponentKnowledge(ids(catalog.kinds()), capabilities, types,
                new HashSet<>(catalog.multiAzCapabilities()), technologies, qualities);
    }

    private static Set<String> ids(List<Catalog.Titled> items) {
        return items.stream().map(Catalog.Titled::id).collect(Collectors.toSet());
    }
}
