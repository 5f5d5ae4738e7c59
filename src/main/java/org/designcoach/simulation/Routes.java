package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The routing rules, one place to read them:
 * <ul>
 * <li>A load balancer, gateway, DNS or service mesh splits its requests evenly over what it points
 * to; a message queue splits its messages over its consumers, who compete for them.</li>
 * <li>Any other component calls everything it points to, one after the other, for every request:
 * an arrow means "calls". So do streams and buses, whose every consumer gets every event.</li>
 * <li>A read that can go to a cache or CDN goes there first (split evenly if there are several).
 * Its misses go on through the cache's own arrows when it has any (read-through), otherwise to the
 * caller's other targets (cache-aside). A hit goes no further.</li>
 * <li>Writes go past caches that have no arrows of their own (the database is written; invalidation
 * is not modelled) and through those that do (a CDN in front of a site passes writes on).</li>
 * <li>Arrows into telemetry, delivery, secrets and cost tools (metrics, logs, traces, alerting,
 * pipelines, registries, secrets managers, cost monitors) carry no requests: services batch their
 * telemetry out of band, fetch secrets at start and cache them, and build or bill outside the
 * request. These components cost money but never load up. Arrows into clients carry nothing either.</li>
 * <li>Asynchronous arrows carry writes only: a read returns data to the user and leaves nothing to
 * hand off, while an order, an upload or a reading from a sensor is what gets queued.</li>
 * <li>An arrow with a stated share carries that part of what passes through its sender: a call made for
 * one request in twenty, the flagged few payments handed to review. From a balancer or queue, the
 * arrows without a share split evenly what those with one leave, and shares that are all stated are
 * scaled to add up to the whole (a balancer sends everything somewhere). Among caches, reads that no
 * cache's share takes go straight to the caller's other targets.</li>
 * </ul>
 */
final class Routes {

    private Routes() {
    }

    static void assign(Node[] nodes, List<Set<Integer>> sync, List<Set<Integer>> async, Arrows arrows) {
        for (Node node : nodes) {
            List<Integer> targets = List.copyOf(sync.get(node.index));
            List<Integer> caches = targets.stream().filter(t -> nodes[t].role == FlowRole.CACHE).toList();
            List<Integer> others = targets.stream().filter(t -> nodes[t].role != FlowRole.CACHE).toList();
            node.readPlan = ownMisses(node, readPlan(node, caches, others, sync, arrows));
            List<Integer> writeTargets = targets.stream()
                    .filter(t -> nodes[t].role != FlowRole.CACHE || !sync.get(t).isEmpty()).toList();
            node.writePlan = onward(node, writeTargets, arrows);
            node.asyncTargets = List.copyOf(async.get(node.index));
            node.asyncArrows = node.asyncTargets.stream().mapToInt(t -> arrows.of(node.index, t)).toArray();
            node.asyncShares = Arrays.stream(node.asyncArrows).mapToDouble(arrows::fraction).toArray();
        }
    }

    private static Plan readPlan(Node node, List<Integer> caches, List<Integer> others, List<Set<Integer>> sync,
            Arrows arrows) {
        Plan fallback = onward(node, others, arrows);
        if (caches.isEmpty()) {
            return fallback;
        }
        double[] weights = weights(node, caches.stream().mapToInt(cache -> arrows.of(node.index, cache)).toArray(),
                arrows, false);
        List<Plan.Branch> branches = new ArrayList<>();
        double rest = 1;
        for (int k = 0; k < caches.size(); k++) {
            int cache = caches.get(k);
            Plan visit = new Plan.Visit(cache, arrows.of(node.index, cache));
            boolean readThrough = !sync.get(cache).isEmpty();
            Plan plan = readThrough || fallback == Plan.NOTHING ? visit : new Plan.Sequence(
                    List.of(visit, new Plan.Choice(List.of(new Plan.Branch(1, cache, fallback)))));
            branches.add(new Plan.Branch(weights[k], Plan.Branch.ALWAYS, plan));
            rest -= weights[k];
        }
        if (rest > 1e-12 && fallback != Plan.NOTHING) {
            branches.add(new Plan.Branch(rest, Plan.Branch.ALWAYS, fallback));
        }
        return new Plan.Choice(branches);
    }

    /**
     * The part of the sender's traffic each of these arrows carries: its stated share, the arrows without
     * one splitting evenly what is left. With {@code whole}, shares that are all stated are scaled up to
     * add up to 1, as a balancer sends everything it gets somewhere.
     */
    private static double[] weights(Node node, int[] arrowsOut, Arrows arrows, boolean whole) {
        double stated = 0;
        int open = 0;
        for (int arrow : arrowsOut) {
            double share = arrows.share(arrow);
            if (Double.isNaN(share)) {
                open++;
            } else {
                stated += share;
            }
        }
        if (stated > 1 + 1e-9) {
            throw new SimulationException(String.format(Locale.ROOT, "The shares of the arrows out of '%s' add up "
                    + "to %s %%; together they can be at most 100 %%. Lower one, or leave a share empty.",
                    node.name(), Scenario.readable(stated * 100)));
        }
        double[] weights = new double[arrowsOut.length];
        for (int k = 0; k < arrowsOut.length; k++) {
            double share = arrows.share(arrowsOut[k]);
            weights[k] = !Double.isNaN(share) ? (open == 0 && whole && stated > 0 ? share / stated : share)
                    : Math.max(0, 1 - stated) / open;
        }
        return weights;
    }

    /** A cache passes on only its misses of what it would otherwise send on. */
    private static Plan ownMisses(Node node, Plan plan) {
        if (node.role != FlowRole.CACHE || plan == Plan.NOTHING) {
            return plan;
        }
        return new Plan.Choice(List.of(new Plan.Branch(1, node.index, plan)));
    }

    private static Plan onward(Node node, List<Integer> targets, Arrows arrows) {
        if (targets.isEmpty()) {
            return Plan.NOTHING;
        }
        List<Plan.Visit> visits = targets.stream().map(t -> new Plan.Visit(t, arrows.of(node.index, t))).toList();
        if (node.role.splits()) {
            if (visits.size() == 1) {
                return visits.getFirst();
            }
            double[] weights = weights(node, visits.stream().mapToInt(Plan.Visit::arrow).toArray(), arrows, true);
            List<Plan.Branch> branches = new ArrayList<>();
            for (int k = 0; k < visits.size(); k++) {
                branches.add(new Plan.Branch(weights[k], Plan.Branch.ALWAYS, visits.get(k)));
            }
            return new Plan.Choice(branches);
        }
        List<Plan> calls = visits.stream().map(visit -> called(visit, arrows)).toList();
        return calls.size() == 1 ? calls.getFirst() : new Plan.Sequence(calls);
    }

    /** A call made for only a share of the requests: the others skip it. */
    private static Plan called(Plan.Visit visit, Arrows arrows) {
        double share = arrows.share(visit.arrow());
        return Double.isNaN(share) ? visit
                : new Plan.Choice(List.of(new Plan.Branch(share, Plan.Branch.ALWAYS, visit)));
    }
}
