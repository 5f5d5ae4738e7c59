package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/**
 * What a design is judged against: the case's facts, the load (the learner's own estimate when
 * there is one, else the case's), the level the learner practises at, the key requirements of the
 * case, and the names of component types.
 *
 * @param consistency the case's consistency need: {@code strong}, {@code eventual} or {@code read-after-write}
 * @param level the interview level judged at: {@code junior}, {@code mid}, {@code senior} or {@code staff}
 * @param publicApi whether clients outside the operator's own network call the system's API
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
        boolean publicApi,
        String consistency,
        String level,
        List<String> compliance,
        List<KeyRequirement> keyRequirements,
        Map<String, String> typeNames) {

    public DesignContext {
        compliance = List.copyOf(compliance);
        keyRequirements = List.copyOf(keyRequirements);
        typeNames = Map.copyOf(typeNames);
    }

    /** The same context, with findings that name component types as people read them. */
    public DesignContext withTypeNames(Map<String, String> names) {
        return new DesignContext(peakQps, availabilityPercent, regions, readHeavy, asyncWork, fullTextSearch,
                staticContent, globalUsers, guaranteedDelivery, publicApi, consistency, level, compliance,
                keyRequirements, names);
    }

    /** The same context judged at another interview level, such as the one a session is practised at. */
    public DesignContext atLevel(String otherLevel) {
        return new DesignContext(peakQps, availabilityPercent, regions, readHeavy, asyncWork, fullTextSearch,
                staticContent, globalUsers, guaranteedDelivery, publicApi, consistency, otherLevel, compliance,
                keyRequirements, typeNames);
    }

    /** The name people read for a component type, such as "Search engine" for {@code search-engine}. */
    public String typeName(String type) {
        return typeNames.getOrDefault(type, type);
    }
}
