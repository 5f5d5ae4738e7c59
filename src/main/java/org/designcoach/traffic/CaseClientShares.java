package org.designcoach.traffic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/**
 * The case's word on how its peak divides between kinds of client (a million devices beside a few
 * operators), given to the clients of a design that say nothing themselves. A client that states its
 * own {@code trafficShare} keeps it; several clients of one type split their type's share evenly.
 * Where the case's shares and the design's own would add up to more than the whole peak, the design is
 * left as drawn, so that a learner's own figures are never refused for what the case added.
 */
public final class CaseClientShares {

    static final String TRAFFIC_SHARE = "trafficShare";

    private CaseClientShares() {
    }

    /** The design with the case's shares on its clients that state none; the design itself when none apply. */
    public static Design apply(Design design, Map<String, Double> sharesByType) {
        if (sharesByType.isEmpty()) {
            return design;
        }
        Map<String, Integer> silentOfType = new HashMap<>();
        double stated = 0;
        for (DesignComponent component : design.components()) {
            Object own = component.properties().get(TRAFFIC_SHARE);
            if (own == null) {
                if (sharesByType.containsKey(component.type())) {
                    silentOfType.merge(component.type(), 1, Integer::sum);
                }
            } else if (own instanceof Number number) {
                stated += number.doubleValue();
            } else {
                // A share that is not a number is the simulator's to refuse, with its own message.
                return design;
            }
        }
        double added = silentOfType.keySet().stream().mapToDouble(sharesByType::get).sum();
        if (silentOfType.isEmpty() || stated + added > 1 + 1e-9) {
            return design;
        }
        List<DesignComponent> components = new ArrayList<>();
        for (DesignComponent component : design.components()) {
            boolean silent = component.properties().get(TRAFFIC_SHARE) == null
                    && silentOfType.containsKey(component.type());
            components.add(silent ? withShare(component,
                    sharesByType.get(component.type()) / silentOfType.get(component.type())) : component);
        }
        return new Design(design.version(), components, design.connections(), design.groups());
    }

    private static DesignComponent withShare(DesignComponent component, double share) {
        Map<String, Object> properties = new HashMap<>(component.properties());
        properties.put(TRAFFIC_SHARE, share);
        return new DesignComponent(component.id(), component.type(), component.label(), component.technology(),
                component.instances(), component.multiAz(), component.region(), component.group(), properties,
                component.notes(), component.position());
    }
}
