package org.designcoach.rules;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which components a condition means: those of any of the types, of any of the kinds, or with any
 * of the capabilities. Rules write a plain list for types ({@code [cache]}) or a map for the rest
 * ({@code {capabilities: [global-routing]}}).
 */
record Selector(List<String> types, List<String> kinds, List<String> capabilities) {

    Selector {
        types = List.copyOf(types);
        kinds = List.copyOf(kinds);
        capabilities = List.copyOf(capabilities);
    }

    static Selector ofTypes(List<String> types) {
        return new Selector(types, List.of(), List.of());
    }

    static Selector ofKinds(String... kinds) {
        return new Selector(List.of(), List.of(kinds), List.of());
    }

    boolean isEmpty() {
        return types.isEmpty() && kinds.isEmpty() && capabilities.isEmpty();
    }

    boolean matches(String componentId, DesignGraph design) {
        return types.contains(design.typeOf(componentId)) || kinds.contains(design.kindOf(componentId))
                || capabilities.stream().anyMatch(design.capabilitiesOf(componentId)::contains);
    }

    @Override
    public String toString() {
        return Stream.of(types, kinds, capabilities).flatMap(List::stream).toList().toString();
    }
}
