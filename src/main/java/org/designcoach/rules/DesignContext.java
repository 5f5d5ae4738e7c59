package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/**
 * What a design is judged against: the case's facts, the load (the learner's own estimate when
 * there is one, else the case's), and the capabilities the case requires.
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
        Map<String, String> requiredTypes) {

    public DesignContext {
        compliance = List.copyOf(compliance);
        requiredTypes = Map.copyOf(requiredTypes);
    }
}
