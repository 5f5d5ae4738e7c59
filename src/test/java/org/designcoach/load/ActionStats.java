package org.designcoach.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The round-trip times and errors of each kind of action, collected from every learner's thread. */
final class ActionStats {

    private final Map<String, List<Long>> nanosByAction = new TreeMap<>();
    private final Map<String, Integer> errorsByAction = new TreeMap<>();
    private final Map<String, String> firstErrorByAction = new TreeMap<>();
    private final Map<String, Double> cpuSecondsByAction = new TreeMap<>();

    synchronized void record(String action, long nanos) {
        nanosByAction.computeIfAbsent(action, key -> new ArrayList<>()).add(nanos);
    }

    /** The server's CPU time over one successful action, known only when a single learner runs. */
    synchronized void recordCpu(String action, double seconds) {
        cpuSecondsByAction.merge(action, seconds, Double::sum);
    }

    synchronized void error(String action, String message) {
        errorsByAction.merge(action, 1, Integer::sum);
        firstErrorByAction.putIfAbsent(action, message);
        nanosByAction.computeIfAbsent(action, key -> new ArrayList<>());
    }

    synchronized List<Row> rows() {
        var rows = new ArrayList<Row>();
        nanosByAction.forEach((action, nanos) -> {
            var sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            rows.add(new Row(action, sorted.size(), errorsByAction.getOrDefault(action, 0),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    cpuSecondsByAction.containsKey(action) && !sorted.isEmpty()
                            ? 1000 * cpuSecondsByAction.get(action) / sorted.size() : Double.NaN,
                    firstErrorByAction.get(action)));
        });
        return rows;
    }

    synchronized int totalErrors() {
        return errorsByAction.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The nearest-rank percentile in milliseconds; NaN when nothing was measured. */
    static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }

    /**
     * One action's figures: successful round trips, failed ones, percentiles of the successful ones, and the
     * server's mean CPU milliseconds per action (NaN unless measured action by action).
     */
    record Row(String action, int count, int errors, double p50, double p95, double p99, double cpuMillis,
            String firstError) {
    }
}
