package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrows traffic may follow, numbered, so that the flow can count what each carries every
 * second. Each is named "from->to" by its components' ids, as the canvas names its arrows; arrows
 * into clients are not among them, and a pair drawn twice is one arrow.
 */
final class Arrows {

    private final Map<Long, Integer> indexByEnds = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final int nodes;

    Arrows(Node[] nodes, List<Set<Integer>> sync, List<Set<Integer>> async) {
        this.nodes = nodes.length;
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
