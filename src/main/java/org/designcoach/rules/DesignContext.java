package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/**
 * What a design is judged against: the case's facts, the load (the learner's own estimate when
 * there is one, else the case's), the capabilities the case requires, and the names of component types.
 */
public record DesignContext(
        double peakQps,
        double availabilityPercent,
        int regions,
        boolean readHeavy,
        boolean asyncWork,
        boolean fullTextSearch,
        boolean staticContent,
        boolean globalUsers,
        boolean guaranteedDelivery,
        List<String> compliance,
        Map<String, String> requiredTypes,
        Map<String, String> typeNames) {

    public DesignContext {
        compliance = List.copyOf(compliance);
        requiredTypes = Map.copyOf(requiredTypes);
        typeNames = Map.copyOf(typeNames);
    }

    /** A context whose findings name component types by their ids. */
    public DesignContext(double peakQps, double availabilityPercent, int regions, boolean readHeavy, boolean asyncWork,
            boolean fullTextSearch, boolean staticContent, boolean globalUsers, boolean guaranteedDelivery,
            List<String> compliance, Map<String, String> requiredTypes) {
        this(peakQps, availabilityPercent, regions, readHeavy, asyncWork, fullTextSearch, staticContent, globalUsers,
                guaranteedDelivery, compliance, requiredTypes, Map.of());
    }

    /** The name people read for a component type, such as "Search engine" for {@code search-engine}. */
    public String typeName(String type) {
        return typeNames.getOrDefault(type, type);
    }
}
