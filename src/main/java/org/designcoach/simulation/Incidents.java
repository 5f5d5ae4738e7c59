package org.designcoach.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Applies a scenario's incidents to the nodes second by second; checked against the design first. */
final class Incidents {

    private final Node[] nodes;
    private final List<Incident> incidents;
    private final int[] instancesUp;
    private final double retriesPerError;

    Incidents(Node[] nodes, List<Incident> incidents) {
        this.nodes = nodes;
        this.incidents = incidents;
        this.instancesUp = Arrays.stream(nodes).mapToInt(node -> node.component.instanceCount()).toArray();
        incidents.forEach(this::check);
        this.retriesPerError = incidents.stream().filter(Incident.RetryStorm.class::isInstance)
                .mapToDouble(storm -> ((Incident.RetryStorm) storm).retriesPerError()).sum();
    }

    double retriesPerError() {
        return retriesPerError;
    }

    /** Sets instances and hit ratios as they are in this second. */
    void apply(int second) {
        for (Incident incident : incidents) {
            switch (incident) {
                case Incident.InstanceFailure failure when failure.atSecond() == second -> {
                    Node node = node(failure.componentId());
                    instancesUp[node.index] = Math.max(0, instancesUp[node.index] - failure.instances());
                }
                case Incident.ZoneFailure zone when zone.atSecond() == second -> {
                    for (Node node : inZone(zone.zone())) {
                        int up = instancesUp[node.index];
                        instancesUp[node.index] = node.component.isMultiAz() ? Math.max(1, up - (up + 2) / 3) : 0;
                    }
                }
                case Incident.RegionFailure region when region.atSecond() == second ->
                        inRegion(region.region()).forEach(node -> instancesUp[node.index] = 0);
                default -> {
                }
            }
        }
        for (Node node : nodes) {
            node.setInstancesUp(instancesUp[node.index]);
            node.setHitRatio(hitRatio(node, second));
        }
    }

    /** The lowest ratio any flush leaves: 0 at the flush, back to normal after its recovery time. */
    private double hitRatio(Node node, int second) {
        double ratio = node.baseHitRatio;
        for (Incident incident : incidents) {
            if (incident instanceof Incident.CacheFlush flush && flush.componentId().equals(node.id())
                    && second >= flush.atSecond()) {
                double warmed = flush.recoverySeconds() <= 0 ? 1
                        : Math.min(1, (double) (second - flush.atSecond()) / flush.recoverySeconds());
                ratio = Math.min(ratio, node.baseHitRatio * warmed);
            }
        }
        return ratio;
    }

    private void check(Incident incident) {
        switch (incident) {
            case Incident.InstanceFailure failure -> {
                node(failure.componentId());
                requireNotNegative(failure.instances(), failure.atSecond(), "An instance failure");
            }
            case Incident.ZoneFailure zone -> {
                requireNotNegative(0, zone.atSecond(), "A zone failure");
                if (inZone(zone.zone()).isEmpty()) {
                    throw new SimulationException("No component is drawn in the zone '" + zone.zone() + "'.");
                }
            }
            case Incident.RegionFailure region -> {
                requireNotNegative(0, region.atSecond(), "A region failure");
                if (inRegion(region.region()).isEmpty()) {
                    throw new SimulationException("No component is in the region '" + region.region() + "'.");
                }
            }
            case Incident.CacheFlush flush -> {
                if (node(flush.componentId()).role != FlowRole.CACHE) {
                    throw new SimulationException("Only a cache or CDN can be flushed, not '"
                            + node(flush.componentId()).name() + "'.");
                }
                requireNotNegative(flush.recoverySeconds(), flush.atSecond(), "A cache flush");
            }
            case Incident.RetryStorm storm -> {
                if (!(storm.retriesPerError() >= 0 && storm.retriesPerError() <= 10)) {
                    throw new SimulationException("A retry storm takes 0 to 10 retries per error, not "
                            + storm.retriesPerError() + ".");
                }
            }
        }
    }

    private static void requireNotNegative(int count, int atSecond, String what) {
        if (count < 0 || atSecond < 0) {
            throw new SimulationException(what + " needs a time and a count of zero or more.");
        }
    }

    private Node node(String id) {
        return Arrays.stream(nodes).filter(node -> node.id().equals(id)).findFirst()
                .orElseThrow(() -> new SimulationException("The scenario names '" + id
                        + "', which is not in the design."));
    }

    private List<Node> inZone(String zone) {
        return Arrays.stream(nodes).filter(node -> zone.equals(node.component.group())).toList();
    }

    private List<Node> inRegion(String region) {
        return Arrays.stream(nodes).filter(node -> region.equals(node.component.region())
                || Objects.equals(region, node.component.group())).toList();
    }
}
