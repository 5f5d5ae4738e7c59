package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A design at one steady load, worked out from the formulas in one pass instead of a run: what each
 * station is offered (ρ = λ / capacity) and what the design costs a month. Unlike a run, a station
 * behind an overloaded one is offered everything sent its way, so every part that cannot carry the
 * load shows at once, not one after the other as each is fixed.
 *
 * @param stations every station of the design in flow order; clients have none
 * @param costs    what each component costs a month, the most expensive first
 */
public record PeakLoad(double peakRps, double readFraction, List<StationLoad> stations, List<ComponentCost> costs) {

    public PeakLoad {
        stations = List.copyOf(stations);
        costs = List.copyOf(costs);
    }

    public double monthlyCost() {
        return Costs.total(costs);
    }

    /** The station with the highest utilisation; empty when the design has only clients. */
    public Optional<StationLoad> busiest() {
        return stations.stream().max(Comparator.comparingDouble(StationLoad::utilisation));
    }

    /** Pushes the load through the topology once, the stations passing on all that reaches them. */
    static PeakLoad of(Topology topology, double peakRps, double readFraction) {
        new Flow(topology).push(peakRps, readFraction, true);
        List<StationLoad> stations = new ArrayList<>();
        for (int index : topology.order) {
            Node node = topology.nodes[index];
            if (node.primary == null) {
                continue;
            }
            double primaryReads = node.readsIn * node.primaryReadShare();
            stations.add(load(node, node.primary, false, primaryReads, node.writesIn));
            if (node.replicas != null) {
                stations.add(load(node, node.replicas, true, node.readsIn - primaryReads, 0));
            }
        }
        return new PeakLoad(peakRps, readFraction, stations, Costs.of(topology.nodes));
    }

    private static StationLoad load(Node node, Station station, boolean replicas, double reads, double writes) {
        return new StationLoad(node.id(), node.name(), node.component.type(), replicas, station.instances(),
                station.capacity(), reads, writes);
    }
}
