package org.designcoach.simulation;

import java.util.List;
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
        }
    }

    private static Plan readPlan(Node node, List<Integer> caches, List<Integer> others, List<Set<Integer>> sync,
            Arrows arrows) {
        Plan fallback = onward(node, others, arrows);
        if (caches.isEmpty()) {
            return fallback;
        }
        List<Plan.Branch> branches = caches.stream().map(cache -> {
            Plan visit = new Plan.Visit(cache, arrows.of(node.index, cache));
            boolean readThrough = !sync.get(cache).isEmpty();
            Plan plan = readThrough || fallback == Plan.NOTHING ? visit : new Plan.Sequence(
                    List.of(visit, new Plan.Choice(List.of(new Plan.Branch(1, cache, fallback)))));
            return new Plan.Branch(1.0 / caches.size(), Plan.Branch.ALWAYS, plan);
        }).toList();
        return new Plan.Choice(branches);
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
        List<Plan> visits = targets.stream().<Plan>map(t -> new Plan.Visit(t, arrows.of(node.index, t))).toList();
        if (visits.size() == 1) {
            return visits.getFirst();
        }
        if (node.role.splits()) {
            return new Plan.Choice(visits.stream()
                    .map(visit -> new Plan.Branch(1.0 / visits.size(), Plan.Branch.ALWAYS, visit)).toList());
        }
        return new Plan.Sequence(visits);
    }
}
