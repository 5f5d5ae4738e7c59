package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrows traffic may follow, numbered, so that the flow can count what each carries every
 * second. Each is named "from->to" by its components' ids, as the canvas names its arrows; arrows
 * into clients are not among them, and a pair drawn twice is one arrow. An arrow may carry a stated
 * share of what passes through its sender ({@link #share}).
 */
final class Arrows {

    /** The share of an arrow that states none. */
    static final double UNSTATED = Double.NaN;

    private final Map<Long, Integer> indexByEnds = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Double> sharesByKey;
    private final int nodes;

    /** @param sharesByKey the stated shares, 0..1, by "from->to" */
    Arrows(Node[] nodes, List<Set<Integer>> sync, List<Set<Integer>> async, Map<String, Double> sharesByKey) {
        this.nodes = nodes.length;
        this.sharesByKey = Map.copyOf(sharesByKey);
        for (int from = 0; from < nodes.length; from++) {
            for (int to : sync.get(from)) {
                add(nodes, from, to);
            }
            for (int to : async.get(from)) {
                add(nodes, from, to);
            }
        }
    }

    private void add(Node[] all, int from, int to) {
        if (indexByEnds.putIfAbsent(ends(from, to), keys.size()) == null) {
            keys.add(all[from].id() + "->" + all[to].id());
        }
    }

    /** The number of the arrow from one node to another, which must exist. */
    int of(int from, int to) {
        Integer index = indexByEnds.get(ends(from, to));
        if (index == null) {
            throw new IllegalStateException("No arrow from " + from + " to " + to);
        }
        return index;
    }

    /** The fraction (0..1) of its sender's traffic the arrow carries as drawn, or {@link #UNSTATED}. */
    double share(int index) {
        return sharesByKey.getOrDefault(keys.get(index), UNSTATED);
    }

    /** The fraction of its sender's traffic the arrow carries: its stated share, else all of it. */
    double fraction(int index) {
        double share = share(index);
        return Double.isNaN(share) ? 1 : share;
    }

    int size() {
        return keys.size();
    }

    String key(int index) {
        return keys.get(index);
    }

    private long ends(int from, int to) {
        return (long) from * nodes + to;
    }
}
