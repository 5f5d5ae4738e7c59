package org.designcoach.simulation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run in a few numbers.
 *
 * @param latency       each percentile averaged over the seconds, weighted by the requests answered in each
 * @param worstLatency  each percentile at its worst second
 * @param errorRate     failed requests over all requests sent
 * @param availability  the steady-state availability of the design's synchronous paths, 0..1
 * @param monthlyCost   dollars a month for every instance, replica and standby: the sum of {@code costs}
 * @param bottleneck    the busiest component when its peak utilisation reaches
 *                      {@link Bottleneck#LOADED_UTILISATION}; absent while every component has headroom
 * @param busiest       the component with the highest peak utilisation, loaded or not; absent only when the
 *                      design has nothing but clients
 * @param costs         what each component costs a month, the most expensive first; clients cost nothing
 */
public record Summary(Latency latency, Latency worstLatency, double meanThroughputRps, double peakThroughputRps,
        double errorRate, double availability, double monthlyCost, @Nullable Bottleneck bottleneck,
        @Nullable Bottleneck busiest, List<StationReport> stations, List<ComponentCost> costs) {

    public Summary {
        stations = List.copyOf(stations);
        costs = List.copyOf(costs);
    }
}
