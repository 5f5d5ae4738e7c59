package org.designcoach.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.designcoach.design.ComponentJob;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog says each component type is (its kind) and can do (its capabilities), as plain
 * values: the rules ask for kinds and capabilities instead of lists of box types, so that different
 * boxes doing the same job are judged alike.
 *
 * @param kinds every kind a type may have, such as {@code client} or {@code store}
 * @param capabilities every capability there is, such as {@code global-routing}
 * @param types what each component type is, by type id
 * @param multiAzCapabilities what a component marked multi-AZ can do besides its type's capabilities
 * @param technologies what well-known technologies can do, found in the component's technology text
 * @param qualities the capabilities that say how well a component does its job (survives a zone, grows by itself)
 *     rather than which job it does
 */
public record ComponentKnowledge(Set<String> kinds, Set<String> capabilities, Map<String, TypeFacts> types,
        Set<String> multiAzCapabilities, List<TechnologyFacts> technologies, Set<String> qualities) {

    /** The property value key that stands for any number above zero, such as one read replica or more. */
    public static final String POSITIVE = "positive";

    public ComponentKnowledge {
        kinds = Set.copyOf(kinds);
        capabilities = Set.copyOf(capabilities);
        types = Map.copyOf(types);
        multiAzCapabilities = Set.copyOf(multiAzCapabilities);
        technologies = List.copyOf(technologies);
        qualities = Set.copyOf(qualities);
    }

    /**
     * What each component of a design is for, as a comparison of designs pairs them: its kind, its jobs and its
     * qualities, read as the rules read them (global routing only in a design that runs in two regions).
     */
    public Function<DesignComponent, ComponentJob> jobsIn(Design design) {
        DesignGraph graph = new DesignGraph(design, this);
        return component -> job(component, graph.capabilitiesOf(component.id()));
    }

    /** What one component is for, by its own capabilities alone. */
    public ComponentJob jobOf(DesignComponent component) {
        return job(component, capabilitiesOf(component));
    }

    private ComponentJob job(DesignComponent component, Set<String> capabilities) {
        Set<String> all = new HashSet<>(capabilities);
        Set<String> jobs = new HashSet<>(all);
        jobs.removeAll(qualities);
        all.retainAll(qualities);
        return new ComponentJob(kindOf(component.type()), jobs, all);
    }

    /**
     * One component type.
     *
     * @param properties the capabilities that values of the type's properties grant, by property id
     */
    public record TypeFacts(String kind, Set<String> capabilities, Map<String, PropertyFacts> properties) {
        public TypeFacts {
            capabilities = Set.copyOf(capabilities);
            properties = Map.copyOf(properties);
        }
    }

    /**
     * The capabilities a property's values grant.
     *
     * @param defaultValue the value when the design does not set one, such as {@code true} for a
     *     managed balancer's TLS; null when there is none
     * @param byValue capabilities by the value's text ({@code true}, a choice) or {@link #POSITIVE}
     */
    public record PropertyFacts(@Nullable Object defaultValue, Map<String, Set<String>> byValue) {
        public PropertyFacts {
            byValue = Map.copyOf(byValue);
        }
    }

    /**
     * A well-known technology: a component whose technology contains {@code match}, ignoring case,
     * has these capabilities; when {@code types} is not empty, only components of those types.
     */
    public record TechnologyFacts(String match, Set<String> types, Set<String> capabilities) {
        public TechnologyFacts {
            match = match.toLowerCase(Locale.ROOT);
            types = Set.copyOf(types);
            capabilities = Set.copyOf(capabilities);
        }
    }

    public boolean knowsType(String type) {
        return types.containsKey(type);
    }

    /** The kind of a type, or an empty text for a type the catalog does not know. */
    public String kindOf(String type) {
        TypeFacts facts = types.get(type);
        return facts == null ? "" : facts.kind();
    }

    /** Everything a component can do: its type's capabilities, its property values', multi-AZ's and its technology's. */
    public Set<String> capabilitiesOf(DesignComponent component) {
        TypeFacts facts = types.get(component.type());
        Set<String> found = new HashSet<>();
        if (facts != null) {
            found.addAll(facts.capabilities());
            facts.properties().forEach((property, grants) -> found.addAll(granted(grants,
                    component.properties().getOrDefault(property, grants.defaultValue()))));
        }
        if (component.isMultiAz()) {
            found.addAll(multiAzCapabilities);
        }
        String technology = component.technology();
        if (technology != null && !technology.isBlank()) {
            String text = technology.toLowerCase(Locale.ROOT);
            for (TechnologyFacts known : technologies) {
                if (text.contains(known.match()) && (known.types().isEmpty() || known.types().contains(component.type()))) {
                    found.addAll(known.capabilities());
                }
            }
        }
        return found;
    }

    private static Set<String> granted(PropertyFacts grants, @Nullable Object value) {
        if (value == null) {
            return Set.of();
        }
        Set<String> found = new HashSet<>(grants.byValue().getOrDefault(String.valueOf(value), Set.of()));
        if (value instanceof Number number && number.doubleValue() > 0) {
            found.addAll(grants.byValue().getOrDefault(POSITIVE, Set.of()));
        }
        return found;
    }
}
