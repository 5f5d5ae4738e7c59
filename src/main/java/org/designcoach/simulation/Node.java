package org.designcoach.simulation;

import java.util.List;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * A component in the simulation: its stations and routes, and the load that reached it this second.
 * A database with read replicas has two stations: reads spread evenly over the primary and the
 * replicas (so read capacity grows with 1 + replicas), writes go to the primary alone.
 */
final class Node {

    final int index;
    final DesignComponent component;
    final FlowRole role;
    final @Nullable ComponentProfile profile;
    final int replicasPerInstance;
    final double baseHitRatio;
    final @Nullable Station primary;
    final @Nullable Station replicas;

    Plan readPlan = Plan.NOTHING;
    Plan writePlan = Plan.NOTHING;
    List<Integer> asyncTargets = List.of();
    /** The arrows to {@link #asyncTargets}, in the same order. */
    int[] asyncArrows = new int[0];
    /** The fraction of its writes each of {@link #asyncTargets} is handed: its arrow's share, else all. */
    double[] asyncShares = new double[0];

    double readsIn;
    double writesIn;
    private double hitRatio;
    private double primaryReadMix;

    Node(int index, DesignComponent component, FlowRole role, @Nullable ComponentProfile profile, int replicasPerInstance,
            double hitRatio, boolean userFacing) {
        this.index = index;
        this.component = component;
        this.role = role;
        this.profile = profile;
        this.replicasPerInstance = replicasPerInstance;
        this.baseHitRatio = hitRatio;
        this.hitRatio = hitRatio;
        if (role == FlowRole.CLIENT || profile == null) {
            primary = null;
            replicas = null;
        } else {
            int instances = component.instanceCount();
            double queueSeconds = userFacing ? Topology.USER_QUEUE_SECONDS : Topology.ASYNC_QUEUE_SECONDS;
            // A consumer's messages wait in the queue in front of it while it is down; a queue or stream
            // that is down itself has nowhere to keep them, so what is sent to it is lost.
            boolean holds = !userFacing && !role.isAsynchronous();
            primary = new Station(instances, profile.concurrency(), profile.capacityPerInstance(), queueSeconds,
                    holds);
            replicas = replicasPerInstance > 0 ? new Station(instances * replicasPerInstance,
                    profile.concurrency(), profile.capacityPerInstance(), queueSeconds, holds) : null;
        }
    }

    String id() {
        return component.id();
    }

    String name() {
        return component.displayName();
    }

    double hitRatio() {
        return hitRatio;
    }

    void setHitRatio(double ratio) {
        hitRatio = ratio;
    }

    /** Sets how many instances run; read replicas run beside the primaries, so they follow them. */
    void setInstancesUp(int instances) {
        if (primary != null) {
            primary.setServers(instances);
        }
        if (replicas != null) {
            replicas.setServers(instances * replicasPerInstance);
        }
    }

    /**
     * The share of reads among the requests at the primary, this second's arrivals and its backlog
     * taken to be of one mix; in a second that brings nothing, the backlog keeps the last mix seen.
     */
    double primaryReadMix(double reads, double writes) {
        if (reads + writes > 0) {
            primaryReadMix = reads / (reads + writes);
        }
        return primaryReadMix;
    }

    /** The share of reads the primary serves when replicas share the reading. */
    double primaryReadShare() {
        return 1.0 / (1 + replicasPerInstance);
    }

    /** The higher utilisation of its stations; 0 for a client. */
    double utilisation() {
        double own = primary == null ? 0 : primary.utilisation();
        return replicas == null ? own : Math.max(own, replicas.utilisation());
    }

    /** Requests or messages carried into the next second by its stations. */
    double backlog() {
        return (primary == null ? 0 : primary.backlog()) + (replicas == null ? 0 : replicas.backlog());
    }

    boolean isDown() {
        return primary != null && primary.isDown();
    }
}
