package org.designcoach.simulation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run in a few numbers.
 *
 * @param latency            p50/p95/p99 of the user's response time over every request answered in the run
 *                           (each second's distribution weighted by the requests it answered)
 * @param worstLatency       each percentile at its worst second
 * @param messageDelay       p50/p95/p99 of the time a message handed off asynchronously takes until it has
 *                           been handled (its wait in the backlog included), over every message; null when
 *                           the design hands nothing off
 * @param errorRate          failed requests over all requests sent
 * @param availability       what the run served of what it was offered, 0..1: 1 − errorRate
 * @param designAvailability the steady-state availability the design's redundancy promises for its synchronous
 *                           paths, 0..1, from each instance's availability; not measured by the run
 * @param monthlyCost        dollars a month for every instance, replica and standby: the sum of {@code costs}
 * @param bottleneck         the component with the highest sustained utilisation when that reaches
 *                           {@link Bottleneck#LOADED_UTILISATION}; absent while every component has headroom
 * @param busiest            the component with the highest sustained utilisation, loaded or not; absent only
 *                           when the design has nothing but clients
 * @param costs              what each component costs a month, the most expensive first; clients cost nothing
 */
public record Summary(Latency latency, Latency worstLatency, @Nullable Latency messageDelay, double meanThroughputRps,
        double peakThroughputRps, double errorRate, double availability, double designAvailability,
        double monthlyCost, @Nullable Bottleneck bottleneck, @Nullable Bottleneck busiest,
        List<StationReport> stations, List<ComponentCost> costs) {

    public Summary {
        stations = List.copyOf(stations);
        costs = List.copyOf(costs);
    }
}
