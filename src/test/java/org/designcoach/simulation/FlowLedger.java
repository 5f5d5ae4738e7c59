package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.designcoach.design.Design;

/**
 * Books every request of a run, second by second, and lists where the books do not balance. For each
 * component: what came in along its arrows is what its stations received; a station's backlog before,
 * plus what it received, is what it served, dropped and still holds; and what it served either stayed
 * there (a cache hit, or a component that calls nothing) or went out along its arrows exactly as the
 * routing rules written in {@link Routes} say. Over the run, no component receives more than the offered
 * load times the number of paths drawn to it from the clients (the fan-out).
 *
 * <p>The expected flows are worked out here from those written rules, not with the engine's plans. The
 * stations and arrow totals are read from the engine's own state after each second, as the simulator's
 * loop leaves them.
 */
final class FlowLedger {

    private static final double RELATIVE = 1e-9;

    private final String name;
    private final Topology topology;
    private final Node[] nodes;
    private final int[] arrowFrom;
    private final int[] arrowTo;
    private final double[] previousBacklog;
    private final double[] received;
    /**
     * The share of reads among the requests at each primary: its backlog is taken to be of the mix of the
     * latest second that brought any, so that what it serves in a quiet second still goes on.
     */
    private final double[] readMix;
    private final List<String> problems = new ArrayList<>();
    private double offeredTotal;

    private FlowLedger(String name, Topology topology) {
        this.name = name;
        this.topology = topology;
        this.nodes = topology.nodes;
        this.arrowFrom = new int[topology.arrows.size()];
        this.arrowTo = new int[topology.arrows.size()];
        Map<String, Integer> byId = new HashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node.index);
        }
        for (int a = 0; a < arrowFrom.length; a++) {
            String key = topology.arrows.key(a);
            int cut = key.indexOf("->");
            arrowFrom[a] = byId.get(key.substring(0, cut));
            arrowTo[a] = byId.get(key.substring(cut + 2));
        }
        this.previousBacklog = new double[2 * nodes.length];
        this.received = new double[nodes.length];
        this.readMix = new double[nodes.length];
    }

    /**
     * Runs the design for {@code seconds}, the load moving each second between none and three times
     * {@code load}, so that stations fill, overflow and drain.
     */
    static Audit audit(String name, Design design, Map<String, ComponentProfile> profiles, double load,
            double readFraction, List<Incident> incidents, int seconds, long seed) {
        Topology topology = Topology.of(design, profiles, SimulationModel.DEFAULT_HIT_RATIO);
        FlowLedger ledger = new FlowLedger(name, topology);
        Incidents applied = new Incidents(topology.nodes, incidents);
        Flow flow = new Flow(topology);
        SplittableRandom random = new SplittableRandom(seed);
        for (int second = 0; second < seconds && ledger.problems.size() < 20; second++) {
            applied.apply(second);
            double offered = random.nextInt(8) == 0 ? 0 : load * 3 * random.nextDouble();
            flow.push(offered, readFraction);
            ledger.book(second, offered, readFraction, flow);
        }
        ledger.checkFanOut();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Node node : ledger.nodes) {
            shares.put(node.id(), ledger.offeredTotal > 0 ? ledger.received[node.index] / ledger.offeredTotal : 0);
        }
        return new Audit(List.copyOf(ledger.problems), shares);
    }

    /**
     * @param problems  every imbalance found, with its second, component and numbers; empty when the books balance
     * @param loadShare what each component received over the run, as a multiple of the whole offered load
     */
    record Audit(List<String> problems, Map<String, Double> loadShare) {
    }

    private void book(int second, double offered, double readFraction, Flow flow) {
        offeredTotal += offered;
        double[] in = new double[nodes.length];
        for (int i = 0; i < topology.clients.length; i++) {
            in[topology.clients[i]] += offered * topology.clientShares[i];
        }
        for (int a = 0; a < arrowTo.length; a++) {
            in[arrowTo[a]] += flow.carried(a);
        }
        double[] expected = new double[arrowTo.length];
        for (Node node : nodes) {
            received[node.index] += in[node.index];
            double[] passed = node.primary == null ? new double[] {in[node.index] * readFraction,
                in[node.index] * (1 - readFraction)} : balanceStations(second, node, in[node.index]);
            route(node, passed[0], passed[1], expected);
        }
        for (int a = 0; a < expected.length; a++) {
            if (!close(flow.carried(a), expected[a])) {
                problems.add(String.format(Locale.ROOT, "%s, second %d: the arrow %s carried %.6f, but its sender "
                        + "passed on %.6f by the routing rules", name, second, topology.arrows.key(a),
                        flow.carried(a), expected[a]));
            }
        }
    }

    /** Checks each station's balance; returns the reads and writes the component passed on. */
    private double[] balanceStations(int second, Node node, double in) {
        Station primary = node.primary;
        Station replicas = node.replicas;
        double arrivals = primary.arrivals() + (replicas == null ? 0 : replicas.arrivals());
        if (!close(arrivals, in)) {
            problems.add(String.format(Locale.ROOT, "%s, second %d: %s received %.6f along its arrows, but its "
                    + "stations took in %.6f", name, second, node.id(), in, arrivals));
        }
        balance(second, node, primary, 2 * node.index);
        double readShare = 1.0 / (1 + node.replicasPerInstance);
        double primaryReads = node.readsIn * (replicas == null ? 1 : readShare);
        if (primaryReads + node.writesIn > 0) {
            readMix[node.index] = primaryReads / (primaryReads + node.writesIn);
        }
        double replicaReads = 0;
        if (replicas != null) {
            balance(second, node, replicas, 2 * node.index + 1);
            replicaReads = replicas.served();
        }
        return new double[] {primary.served() * readMix[node.index] + replicaReads,
            primary.served() * (1 - readMix[node.index])};
    }

    /** Backlog before + arrivals = served + dropped + backlog after. */
    private void balance(int second, Node node, Station station, int slot) {
        double before = previousBacklog[slot] + station.arrivals();
        double after = station.served() + station.dropped() + station.backlog();
        if (!close(before, after)) {
            problems.add(String.format(Locale.ROOT, "%s, second %d: %s held %.6f and received %.6f, but served "
                    + "%.6f, dropped %.6f and kept %.6f", name, second, node.id(), previousBacklog[slot],
                    station.arrivals(), station.served(), station.dropped(), station.backlog()));
        }
        previousBacklog[slot] = station.backlog();
    }

    /** What each arrow out of the node must carry, from the rules in {@link Routes}; added to {@code out}. */
    private void route(Node node, double reads, double writes, double[] out) {
        List<Integer> caches = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int a = 0; a < arrowFrom.length; a++) {
            if (arrowFrom[a] == node.index && !node.asyncTargets.contains(arrowTo[a])) {
                (nodes[arrowTo[a]].role == FlowRole.CACHE ? caches : others).add(a);
            }
        }
        // A cache answers its hits itself and passes on only its misses; writes are not hits.
        double readsOn = node.role == FlowRole.CACHE ? reads * (1 - node.hitRatio()) : reads;
        boolean splits = node.role == FlowRole.BALANCER || node.role == FlowRole.QUEUE;
        if (caches.isEmpty()) {
            onward(others, readsOn, splits, out);
        } else {
            for (int a : caches) {
                double each = readsOn / caches.size();
                out[a] += each;
                if (!hasSyncTargets(arrowTo[a])) {
                    onward(others, each * (1 - nodes[arrowTo[a]].hitRatio()), splits, out);
                }
            }
        }
        List<Integer> writeArrows = new ArrayList<>(others);
        caches.stream().filter(a -> hasSyncTargets(arrowTo[a])).forEach(writeArrows::add);
        onward(writeArrows, writes, splits, out);
        for (int a = 0; a < arrowFrom.length; a++) {
            if (arrowFrom[a] == node.index && node.asyncTargets.contains(arrowTo[a])) {
                out[a] += writes;
            }
        }
    }

    private static void onward(List<Integer> arrows, double amount, boolean splits, double[] out) {
        for (int a : arrows) {
            out[a] += splits ? amount / arrows.size() : amount;
        }
    }

    private boolean hasSyncTargets(int node) {
        for (int a = 0; a < arrowFrom.length; a++) {
            if (arrowFrom[a] == node && !nodes[node].asyncTargets.contains(arrowTo[a])) {
                return true;
            }
        }
        return false;
    }

    /** Over the run, each component received at most the offered load times the paths drawn to it. */
    private void checkFanOut() {
        double[] paths = new double[nodes.length];
        Arrays.fill(paths, -1);
        for (Node node : nodes) {
            double bound = offeredTotal * paths(node.index, paths);
            if (received[node.index] > bound * (1 + RELATIVE) + RELATIVE) {
                problems.add(String.format(Locale.ROOT, "%s: %s received %.1f requests in all, more than the %.1f "
                        + "offered times the %.3f paths drawn to it", name, node.id(), received[node.index],
                        offeredTotal, bound / offeredTotal));
            }
        }
    }

    /** Paths from the clients to a node along the arrows that carry traffic, each client weighted by its share. */
    private double paths(int node, double[] memo) {
        if (memo[node] >= 0) {
            return memo[node];
        }
        double sum = 0;
        for (int i = 0; i < topology.clients.length; i++) {
            if (topology.clients[i] == node) {
                sum += topology.clientShares[i];
            }
        }
        for (int a = 0; a < arrowTo.length; a++) {
            if (arrowTo[a] == node) {
                sum += paths(arrowFrom[a], memo);
            }
        }
        memo[node] = sum;
        return sum;
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= RELATIVE * Math.max(1, Math.max(Math.abs(actual), Math.abs(expected)));
    }
}
