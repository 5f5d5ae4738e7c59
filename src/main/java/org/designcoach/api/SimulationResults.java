package org.designcoach.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.designcoach.simulation.Bottleneck;
import org.designcoach.simulation.ComponentCost;
import org.designcoach.simulation.Latency;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.designcoach.simulation.Summary;
import org.designcoach.simulation.Tick;
import org.designcoach.traffic.TrafficRequest;
import org.jspecify.annotations.Nullable;

/**
 * A simulation run as the API answers it. The engine says "infinitely loaded" for a component that
 * is down and still sent requests; JSON has no such number (Jackson would write the string
 * "Infinity"), so here every utilisation is a number or null, and {@code down} says why it is null.
 */
final class SimulationResults {

    private SimulationResults() {
    }

    /** The run: what was asked, a summary, and one point per simulated second. */
    record SimulationResult(RequestEcho request, SummaryResult summary, List<TickResult> ticks) {

        static SimulationResult of(SimulationRun run, TrafficRequest request) {
            return new SimulationResult(RequestEcho.of(run, request), SummaryResult.of(run.summary()),
                    run.ticks().stream().map(TickResult::of).toList());
        }
    }

    /**
     * The request as it was run, with the load and the read share actually used.
     *
     * @param instancesThatFail null when a failure takes every instance
     */
    record RequestEcho(String scenario, @Nullable String component, @Nullable Integer instancesThatFail,
            double peakRequestsPerSecond, double readFraction, int durationSeconds) {

        static RequestEcho of(SimulationRun run, TrafficRequest request) {
            return new RequestEcho(request.kind().name().toLowerCase(Locale.ROOT), request.componentId(),
                    request.instancesThatFail(), run.scenario().peakRequestsPerSecond(),
                    run.scenario().readFraction(), run.scenario().durationSeconds());
        }
    }

    /**
     * @param bottleneck null unless some component reaches the simulator's loaded threshold (70 % at peak)
     * @param busiest the most loaded component, however lightly; null only for a design of clients alone
     * @param costs what each component costs a month (instances paid, price of one, total), the most expensive
     *        first; {@code monthlyCost} is their sum
     */
    record SummaryResult(Latency latency, Latency worstLatency, double meanThroughputRps, double peakThroughputRps,
            double errorRate, double availability, double monthlyCost, @Nullable BottleneckResult bottleneck,
            @Nullable BottleneckResult busiest, List<StationResult> stations, List<ComponentCost> costs) {

        static SummaryResult of(Summary s) {
            return new SummaryResult(s.latency(), s.worstLatency(), s.meanThroughputRps(), s.peakThroughputRps(),
                    s.errorRate(), s.availability(), s.monthlyCost(), BottleneckResult.ofNullable(s.bottleneck()),
                    BottleneckResult.ofNullable(s.busiest()), s.stations().stream().map(StationResult::of).toList(),
                    s.costs());
        }
    }

    /** @param utilisation null when the component was down and still sent requests ({@code down} true) */
    record BottleneckResult(String componentId, @Nullable Double utilisation, boolean down, String reason) {

        static @Nullable BottleneckResult ofNullable(@Nullable Bottleneck b) {
            return b == null ? null
                    : new BottleneckResult(b.componentId(), finite(b.utilisation()), isDown(b.utilisation()), b.reason());
        }
    }

    /** @param peakUtilisation null when the component was down and still sent requests ({@code down} true) */
    record StationResult(String componentId, String name, String type, boolean replicas, double capacityRps,
            @Nullable Double peakUtilisation, boolean down, double throughputRps, double meanQueueLength,
            double meanResponseMs, Latency response, double droppedRequests, double maxBacklog) {

        static StationResult of(StationReport r) {
            return new StationResult(r.componentId(), r.name(), r.type(), r.replicas(), r.capacityRps(),
                    finite(r.peakUtilisation()), isDown(r.peakUtilisation()), r.throughputRps(), r.meanQueueLength(),
                    r.meanResponseMs(), r.response(), r.droppedRequests(), r.maxBacklog());
        }
    }

    /**
     * One second. {@code utilisation} holds null for a component that was down and still sent requests;
     * {@code backlog} the requests or messages waiting at each component at the end of the second;
     * {@code flow} what each arrow carried, per second, keyed "from->to"; {@code down} lists every
     * component with no instance running.
     */
    record TickResult(int second, double offeredRps, double throughputRps, double errorRate, Latency latency,
            Map<String, @Nullable Double> utilisation, Map<String, Double> backlog, Map<String, Double> flow,
            List<String> down) {

        static TickResult of(Tick tick) {
            Map<String, @Nullable Double> utilisation = new LinkedHashMap<>();
            tick.utilisation().forEach((id, value) -> utilisation.put(id, finite(value)));
            return new TickResult(tick.second(), tick.offeredRps(), tick.throughputRps(), tick.errorRate(),
                    tick.latency(), utilisation, tick.backlog(), tick.flow(), tick.down());
        }
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static boolean isDown(double utilisation) {
        return utilisation == Double.POSITIVE_INFINITY;
    }
}
