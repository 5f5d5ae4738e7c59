package org.designcoach.simulation;

import java.util.Locale;

/**
 * What one run may cost, checked before it starts, so that no page or API call waits minutes for an
 * answer. Two things grow with a run: the queueing arithmetic, with the servers (Erlang C walks up to
 * about 21√c of them per station each second), and the flow and the series sent back, with the
 * components and arrows. Each is capped per simulated second; the limits let an hour-long run of a
 * large interview design through and keep the worst accepted run to a few seconds on two cores.
 */
final class WorkLimit {

    /** Seconds × servers: an hour of 27,000 instances, or ten minutes of 166,000. */
    static final long MAX_SERVER_SECONDS = 100_000_000;
    /** Seconds × (components + arrows): an hour of 138 of them, or six minutes of the largest design (1,300). */
    static final long MAX_ELEMENT_SECONDS = 500_000;

    /**
     * Seconds × Σ√(servers per station), servers being instances × the requests each works on at once:
     * an hour of 200 stations of 200 servers each; at about 21 steps per unit, a few seconds at most.
     */
    static final double MAX_QUEUE_WORK = 10_000_000;

    private WorkLimit() {
    }

    static void check(Topology topology, Scenario scenario) {
        long seconds = scenario.durationSeconds();
        long servers = topology.servers();
        if (seconds * servers > MAX_SERVER_SECONDS) {
            throw new SimulationException(String.format(Locale.ENGLISH, "This run is too large to simulate: %,d "
                    + "seconds × %,d instances (read replicas included) is %,d instance-seconds, and the simulator "
                    + "takes at most %,d. Run it for at most %,d seconds, or draw fewer, larger instances (raise "
                    + "capacityPerInstance).", seconds, servers, seconds * servers, MAX_SERVER_SECONDS,
                    Math.max(1, MAX_SERVER_SECONDS / servers)));
        }
        double queueWork = seconds * topology.queueWork();
        if (queueWork > MAX_QUEUE_WORK) {
            throw new SimulationException(String.format(Locale.ENGLISH, "This run is too large to simulate: its "
                    + "instances work on so many requests at once (instances × capacityPerInstance × serviceTimeMs) "
                    + "that %,d seconds of queueing would take too long. Run it for at most %,d seconds, or give "
                    + "the components shorter service times.", seconds,
                    (long) Math.max(1, MAX_QUEUE_WORK / topology.queueWork())));
        }
        long elements = topology.nodes.length + (long) topology.arrows.size();
        if (seconds * elements > MAX_ELEMENT_SECONDS) {
            throw new SimulationException(String.format(Locale.ENGLISH, "This run is too large to simulate: %,d "
                    + "seconds × %,d components and arrows is %,d, and the simulator takes at most %,d. Run it for "
                    + "at most %,d seconds.", seconds, elements, seconds * elements, MAX_ELEMENT_SECONDS,
                    Math.max(1, MAX_ELEMENT_SECONDS / elements)));
        }
    }
}
