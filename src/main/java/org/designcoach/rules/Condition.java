package org.designcoach.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * The typed vocabulary that rules are written in. A condition either does not hold (empty) or
 * holds and names the components it concerns (possibly none), which the canvas highlights.
 */
sealed interface Condition {

    Optional<Set<String>> test(DesignGraph design, DesignContext context);

    private static Optional<Set<String>> holdsFor(Set<String> components) {
        return Optional.of(components);
    }

    private static Optional<Set<String>> holds(boolean condition) {
        return condition ? Optional.of(Set.of()) : Optional.empty();
    }

    private static Set<String> ids(List<DesignComponent> components) {
        return components.stream().map(DesignComponent::id).collect(Collectors.toSet());
    }

    /** At least one component of these types. */
    record Has(List<String> types) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            List<DesignComponent> found = design.ofTypes(types);
            return found.isEmpty() ? Optional.empty() : holdsFor(ids(found));
        }
    }

    /** No component of any of these types. */
    record Lacks(List<String> types) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(!design.hasType(types));
        }
    }

    /** At least {@code count} components of these types. */
    record CountAtLeast(List<String> types, int count) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            List<DesignComponent> found = design.ofTypes(types);
            return found.size() >= count ? holdsFor(ids(found)) : Optional.empty();
        }
    }

    /** Components that match a filter. */
    record Components(ComponentFilter filter) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> found = design.components().stream().filter(component -> filter.matches(component, design))
                    .map(DesignComponent::id).collect(Collectors.toSet());
            return found.isEmpty() ? Optional.empty() : holdsFor(found);
        }
    }

    /** No component matches a filter, such as "nothing rate-limits": {@code none: {with: [rateLimit]}}. */
    record None(ComponentFilter filter) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(design.components().stream().noneMatch(component -> filter.matches(component, design)));
        }
    }

    /**
     * An arrow from a component of one set of types straight to one of another; with a mode
     * ({@code sync} or {@code async}), only arrows of that mode count.
     */
    record Arrow(List<String> from, List<String> to, @Nullable String mode) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> ends = design.connections().stream()
                    .filter(arrow -> mode == null || mode.equals(arrow.mode()))
                    .filter(arrow -> from.contains(design.typeOf(arrow.from())) && to.contains(design.typeOf(arrow.to())))
                    .flatMap(arrow -> Stream.of(arrow.from(), arrow.to()))
                    .collect(Collectors.toSet());
            return ends.isEmpty() ? Optional.empty() : holdsFor(ends);
        }
    }

    /**
     * A chain of arrows, however long, from a component of the {@code from} types to one of the
     * {@code to} types, passing a {@code via} type when any are given and never an {@code avoiding}
     * type. {@code reachableFromClient} is this with the client types as {@code from}.
     */
    record Path(List<String> from, List<String> to, List<String> via, List<String> avoiding) implements Condition {
        public Path {
            from = List.copyOf(from);
            to = List.copyOf(to);
            via = List.copyOf(via);
            avoiding = List.copyOf(avoiding);
        }

        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> onPaths = design.paths(from, to, via, avoiding);
            return onPaths.isEmpty() ? Optional.empty() : holdsFor(onPaths);
        }
    }

    /** Components with no arrow in or out. */
    record Unconnected() implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> alone = design.components().stream().map(DesignComponent::id)
                    .filter(id -> !design.isConnected(id)).collect(Collectors.toSet());
            return alone.isEmpty() ? Optional.empty() : holdsFor(alone);
        }
    }

    /** Queues or streams that nothing reads from. */
    record WithoutConsumer(List<String> types) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> idle = design.ofTypes(types).stream().map(DesignComponent::id)
                    .filter(id -> !design.hasOutgoing(id)).collect(Collectors.toSet());
            return idle.isEmpty() ? Optional.empty() : holdsFor(idle);
        }
    }

    /** A fact of the case or the load: {@code peakQpsAtLeast: 100}, {@code readHeavy: true}, … */
    record Context(String key, Object value) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(ContextKeys.holds(key, value, context));
        }
    }

    /** Unused by the graph: marks rules whose findings come from the case's required types. */
    record MissingRequired() implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(context.requiredTypes().keySet().stream().anyMatch(type -> !design.hasType(List.of(type))));
        }
    }
}
