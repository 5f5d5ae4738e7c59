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

    /** At least one component of these types, kinds or capabilities. */
    record Has(Selector selector) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            List<DesignComponent> found = design.matching(selector);
            return found.isEmpty() ? Optional.empty() : holdsFor(ids(found));
        }
    }

    /** No component of any of these types, kinds or capabilities. */
    record Lacks(Selector selector) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(!design.has(selector));
        }
    }

    /** At least {@code count} components of these types, kinds or capabilities. */
    record CountAtLeast(Selector selector, int count) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            List<DesignComponent> found = design.matching(selector);
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
     * An arrow from a component of one selection (types, kinds or capabilities) straight to one of another; with a mode
     * ({@code sync} or {@code async}), only arrows of that mode count.
     */
    record Arrow(Selector from, Selector to, @Nullable String mode) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> ends = design.connections().stream()
                    .filter(arrow -> mode == null || mode.equals(arrow.mode()))
                    .filter(arrow -> from.matches(arrow.from(), design) && to.matches(arrow.to(), design))
                    .flatMap(arrow -> Stream.of(arrow.from(), arrow.to()))
                    .collect(Collectors.toSet());
            return ends.isEmpty() ? Optional.empty() : holdsFor(ends);
        }
    }

    /**
     * A chain of arrows, however long, from a component {@code from} selects to one {@code to}
     * selects, passing one {@code via} selects when it selects any and never one {@code avoiding}
     * selects. {@code reachableFromClient} is this with the client kind as {@code from}.
     */
    record Path(Selector from, Selector to, Selector via, Selector avoiding) implements Condition {
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
    record WithoutConsumer(Selector selector) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            Set<String> idle = design.matching(selector).stream().map(DesignComponent::id)
                    .filter(id -> !design.hasOutgoing(id)).collect(Collectors.toSet());
            return idle.isEmpty() ? Optional.empty() : holdsFor(idle);
        }
    }

    /**
     * The design is drawn in fewer regions than this: distinct regions of its components and region
     * boxes. A design that names no region counts as drawn in one.
     */
    record DrawnRegionsBelow(int count) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(design.drawnRegions() < count);
        }
    }

    /**
     * The design runs in fewer regions than the case needs ({@link DesignGraph#regions()}: the regions it
     * is drawn in, two when a store keeps copies in another region).
     */
    record FewerRegionsThanCase() implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(design.regions() < context.regions());
        }
    }

    /** A fact of the case or the load: {@code peakQpsAtLeast: 100}, {@code readHeavy: true}, … */
    record Context(String key, Object value) implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(ContextKeys.holds(key, value, context));
        }
    }

    /** Marks the rule whose findings are the case's key requirements that the design does not meet. */
    record MissingRequired() implements Condition {
        public Optional<Set<String>> test(DesignGraph design, DesignContext context) {
            return holds(context.keyRequirements().stream().anyMatch(requirement -> !requirement.isMetBy(design)));
        }
    }
}
