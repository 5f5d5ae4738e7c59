package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/**
 * The monthly bill of a design, component by component. Clients are the users' own devices and cost
 * nothing; every other component pays its instances, its read replicas and, when it is one multi-AZ
 * instance, the standby that makes it survive a zone.
 */
final class Costs {

    private Costs() {
    }

    /** The bill of the nodes of a checked topology, the most expensive first. */
    static List<ComponentCost> of(Node[] nodes) {
        List<ComponentCost> lines = new ArrayList<>();
        for (Node node : nodes) {
            if (node.profile != null && node.role != FlowRole.CLIENT) {
                lines.add(line(node.component, node.profile, node.replicasPerInstance));
            }
        }
        return sorted(lines);
    }

    /**
     * The bill of a design that need not run: one still without clients or arrows has a price too.
     *
     * @throws SimulationException when a component's type has no profile or a property is not a number
     */
    static List<ComponentCost> of(Design design, Map<String, ComponentProfile> profiles) {
        List<ComponentCost> lines = new ArrayList<>();
        for (DesignComponent component : design.components()) {
            ComponentProfile profile = profiles.get(component.type());
            if (profile == null) {
                throw new SimulationException("There is no price for the type '" + component.type() + "' of '"
                        + component.displayName() + "'.");
            }
            if (profile.role() == FlowRole.CLIENT) {
                continue;
            }
            int replicas = profile.role() == FlowRole.DATABASE ? Properties.readReplicas(component) : 0;
            lines.add(line(component, profile, replicas));
        }
        return sorted(lines);
    }

    static double total(List<ComponentCost> lines) {
        return lines.stream().mapToDouble(ComponentCost::monthlyCost).sum();
    }

    /** Instances a component pays for; a single multi-AZ instance has a standby beside it. */
    static int paidInstances(DesignComponent component) {
        int instances = component.instanceCount();
        return component.isMultiAz() && instances == 1 ? 2 : instances;
    }

    private static ComponentCost line(DesignComponent component, ComponentProfile profile, int replicasPerInstance) {
        int paid = paidInstances(component) * (1 + replicasPerInstance);
        double unit = profile.monthlyCostPerInstance();
        return new ComponentCost(component.id(), component.displayName(), component.type(), paid, unit, paid * unit);
    }

    private static List<ComponentCost> sorted(List<ComponentCost> lines) {
        lines.sort(Comparator.comparingDouble(ComponentCost::monthlyCost).reversed()
                .thenComparing(ComponentCost::componentId));
        return List.copyOf(lines);
    }
}
