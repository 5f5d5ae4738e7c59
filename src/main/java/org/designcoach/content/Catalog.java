package org.designcoach.content;

import java.util.List;
import org.designcoach.rules.ComponentKnowledge;
import org.jspecify.annotations.Nullable;

/**
 * The component catalog: the palette's categories and component types, and the kinds and
 * capabilities that say what each type is and can do (see docs/content-format.md).
 *
 * @param multiAzCapabilities what every component marked multi-AZ can do
 * @param technologyCapabilities what well-known technologies can do
 * @param technologyCapacities   what one instance of a well-known managed technology takes, from its published quota
 */
public record Catalog(List<Category> categories, List<ComponentType> components, List<Titled> kinds,
        List<Capability> capabilities, List<String> multiAzCapabilities, List<TechnologyCapability> technologyCapabilities,
        List<TechnologyCapacity> technologyCapacities) {

    public Catalog {
        kinds = orEmpty(kinds);
        capabilities = orEmpty(capabilities);
        multiAzCapabilities = orEmpty(multiAzCapabilities);
        technologyCapabilities = orEmpty(technologyCapabilities);
        technologyCapacities = orEmpty(technologyCapacities);
    }

    /** What each component type is and can do, as the plain values the rules engine takes. */
    public ComponentKnowledge knowledge() {
        return CatalogKnowledge.of(this);
    }

    public record Category(String id, String title) {
    }

    /** A kind: an id and what it means. */
    public record Titled(String id, String title) {
    }

    /**
     * A capability: an id, what it means, and whether it is a quality (how well a component does its job,
     * such as surviving a zone) rather than a job (such as caching).
     */
    public record Capability(String id, String title, @Nullable Boolean quality) {
    }

    /** A component whose technology contains {@code match} (any case) has these capabilities; only of the types when given. */
    public record TechnologyCapability(String match, @Nullable List<String> types, List<String> capabilities) {
    }

    /**
     * A component whose technology contains {@code match} (any case), of one of {@code types} when given,
     * takes {@code capacityPerInstance} (a quantity such as {@code 500k /s}) per instance drawn, instead of
     * its type's default; {@code source} names the published quota the figure comes from.
     */
    public record TechnologyCapacity(String match, @Nullable List<String> types, String capacityPerInstance,
            String source) {
    }

    private static <T> List<T> orEmpty(@Nullable List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
