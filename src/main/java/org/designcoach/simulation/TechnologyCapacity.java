package org.designcoach.simulation;

import java.util.Locale;
import java.util.Set;

/**
 * What one instance of a well-known managed technology can take, whatever box it is drawn as: a
 * component whose technology text contains {@code match} (any case), of one of {@code types} when
 * that is not empty, is simulated with this capacity instead of its type's. The component's own
 * {@code capacityPerInstance} property still wins. The app reads these from the catalog, where each
 * names the published quota it comes from, so the engine knows no technology by name.
 *
 * @param capacityPerInstance requests (or records) a second one instance takes, as the design counts
 *                            instances: a delivery stream, a unit, a shard
 */
public record TechnologyCapacity(String match, Set<String> types, double capacityPerInstance) {

    public TechnologyCapacity {
        if (match.isBlank()) {
            throw new SimulationException("A technology's capacity needs the text that names the technology.");
        }
        if (!(capacityPerInstance > 0 && capacityPerInstance <= Scenario.MAX_REQUESTS_PER_SECOND)) {
            throw new SimulationException("The capacity of '" + match + "' must be above 0 and at most "
                    + Scenario.readable(Scenario.MAX_REQUESTS_PER_SECOND) + " a second, not "
                    + Scenario.readable(capacityPerInstance) + ".");
        }
        match = match.toLowerCase(Locale.ROOT);
        types = Set.copyOf(types);
    }

    /** True when the component of this type, with this technology text, is this technology. */
    boolean fits(String type, @org.jspecify.annotations.Nullable String technology) {
        return technology != null && technology.toLowerCase(Locale.ROOT).contains(match)
                && (types.isEmpty() || types.contains(type));
    }
}
