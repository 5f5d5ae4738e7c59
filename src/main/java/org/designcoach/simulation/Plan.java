package org.designcoach.simulation;

import java.util.List;

/**
 * Where a request goes after a component has served it, along synchronous arrows: the shape that
 * both the load and the latency follow. {@link Topology} explains which arrows make which plan.
 */
sealed interface Plan {

    Plan NOTHING = new Sequence(List.of());

    /** The request goes along an arrow to a component, which serves it and then follows its own plan. */
    record Visit(int node, int arrow) implements Plan {
    }

    /** Every step in turn, as a service calls its dependencies: their latencies add up. */
    record Sequence(List<Plan> steps) implements Plan {
    }

    /** Each request takes at most one branch; the weight not given to any branch is answered here. */
    record Choice(List<Branch> branches) implements Plan {
    }

    /**
     * A branch taken by {@code share} of requests, times the miss ratio of the cache at node
     * {@code missesOf} when that is not -1: the share changes as a flushed cache warms up.
     */
    record Branch(double share, int missesOf, Plan plan) {

        static final int ALWAYS = -1;

        double weight(Node[] nodes) {
            return missesOf == ALWAYS ? share : share * (1 - nodes[missesOf].hitRatio());
        }
    }
}
