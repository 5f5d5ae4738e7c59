package org.designcoach.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Cycles and orders on the arrows between nodes, given as successor sets by node index. */
final class Graphs {

    private Graphs() {
    }

    /** A cycle among the nodes, as indices from its first node round to the last, or empty if there is none. */
    static List<Integer> findCycle(List<? extends Set<Integer>> successors) {
        int count = successors.size();
        int[] state = new int[count]; // 0 unseen, 1 on the current path, 2 finished
        int[] parent = new int[count];
        for (int start = 0; start < count; start++) {
            if (state[start] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>(); // node and how many successors it has tried
            stack.push(new int[] {start, 0});
            state[start] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> next = List.copyOf(successors.get(top[0]));
                if (top[1] == next.size()) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int target = next.get(top[1]++);
                if (state[target] == 1) {
                    return path(parent, target, top[0]);
                }
                if (state[target] == 0) {
                    state[target] = 1;
                    parent[target] = top[0];
                    stack.push(new int[] {target, 0});
                }
            }
        }
        return List.of();
    }

    private static List<Integer> path(int[] parent, int from, int to) {
        List<Integer> cycle = new ArrayList<>();
        for (int node = to; node != from; node = parent[node]) {
            cycle.addFirst(node);
        }
        cycle.addFirst(from);
        return cycle;
    }

    /** Kahn's topological order, or null when a cycle leaves nodes unordered. */
    static int @Nullable [] order(List<? extends Set<Integer>> successors) {
        int count = successors.size();
        int[] incoming = new int[count];
        successors.forEach(targets -> targets.forEach(target -> incoming[target]++));
        Deque<Integer> ready = new ArrayDeque<>();
        for (int node = 0; node < count; node++) {
            if (incoming[node] == 0) {
                ready.add(node);
            }
        }
        int[] order = new int[count];
        int placed = 0;
        while (!ready.isEmpty()) {
            int node = ready.poll();
            order[placed++] = node;
            for (int target : successors.get(node)) {
                if (--incoming[target] == 0) {
                    ready.add(target);
                }
            }
        }
        return placed == count ? order : null;
    }
}
