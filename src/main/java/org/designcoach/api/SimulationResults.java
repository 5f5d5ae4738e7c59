package org.designcoach.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.designcoach.simulation.Bottleneck;
import org.designcoach.simulation.ComponentCost;
import org.designcoach.simulation.BusiestSecond;
import org.designcoach.simulation.Latency;
import org.designcoach.simulation.RunSeries;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.StationReport;
import org.designcoach.simulation.Summary;
import org.designcoach.simulation.Tick;
import org.designcoach.traffic.TrafficRequest;
import org.jspecify.annotations.Nullable;

/**
 * A simulation run as the API answers it: by default the request as run and the summary, whose
 * stations are the per-component figures over the run, a few kilobytes however long the run; on
 * request ({@code ?series=chart}) the series thinned to at most {@link RunSeries#CHART_POINTS} points,
 * or ({@code ?series=full}) one point per second, which for a large design and a long run is megabytes.
 * The engine says "infinitely loaded" for a component that
 * is down and still sent requests; JSON has no such number (Jackson would write the string
 * "Infinity"), so here every utilisation is a number or null, and {@code down} says why it is null.
 */
final class SimulationResults {

    private SimulationResults() {
    }

    /** How much of the run's course over time an answer carries. */
    enum SeriesForm {
        /** None: the summary and the per-component figures over the run. */
        SUMMARY,
        /** The series thinned to at most {@link RunSeries#CHART_POINTS} points, as the app's chart draws them. */
        CHART,
        /** One point per simulated second. */
        FULL
    }

    /**
     * The run: what was asked, a summary, and its course over time as asked for; {@code chart} and
     * {@code ticks} are left out of the JSON unless asked for.
     */
    record SimulationResult(RequestEcho request, SummaryResult summary,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ChartResult chart,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<TickResult> ticks) {

        static SimulationResult of(SimulationRun run, TrafficRequest request, SeriesForm form) {
            return new SimulationResult(RequestEcho.of(run, request, form), SummaryResult.of(run.summary()),
                    form == SeriesForm.CHART ? ChartResult.of(RunSeries.of(run)) : null,
                    form == SeriesForm.FULL ? run.ticks().stream().map(TickResult::of).toList() : null);
        }
    }

    /**
     * The run thinned for a chart: each point gathers {@code secondsPerPoint} seconds (the last may gather
     * fewer). Latency, errors, utilisation and backlog take the worst of a point's seconds, so that a short
     * spike or outage shows; throughput, offered load and arrow traffic their mean, which keeps the requests
     * carried. A utilisation is null for a component down in any of the point's seconds while sent requests.
     */
    record ChartResult(int secondsPerPoint, List<RunSeries.Point> points,
            Map<String, List<@Nullable Double>> utilisation, Map<String, List<Double>> backlog,
            Map<String, List<Double>> flow) {

        static ChartResult of(RunSeries series) {
            Map<String, List<@Nullable Double>> utilisation = new LinkedHashMap<>();
            series.utilisation().forEach((id, values) -> utilisation.put(id,
                    values.stream().map(SimulationResults::finite).toList()));
            return new ChartResult(series.secondsPerPoint(), series.points(), utilisation, series.backlog(),
                    series.flow());
        }
    }

    /**
     * The request as it was run, with the load and the read share actually used.
     *
     * @param instancesThatFail null when a failure takes every instance
     * @param series            the course over time the answer carries: summary, chart or full
     */
    record RequestEcho(String scenario, @Nullable String component, @Nullable Integer instancesThatFail,
            double peakRequestsPerSecond, double readFraction, int durationSeconds, boolean poissonArrivals,
            String series) {

        static RequestEcho of(SimulationRun run, TrafficRequest request, SeriesForm form) {
            return new RequestEcho(request.kind().name().toLowerCase(Locale.ROOT), request.componentId(),
                    request.instancesThatFail(), run.scenario().peakRequestsPerSecond(),
                    run.scenario().readFraction(), run.scenario().durationSeconds(), run.scenario().arrivalNoise(),
                    form.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param latency            p50/p95/p99 of the user's response time over every request answered in the run
     * @param messageDelay       p50/p95/p99 of the time a message handed off asynchronously waits and is
     *                           handled; null when the design hands nothing off
     * @param availability       what the run served of what it was offered (1 − errorRate)
     * @param designAvailability what the design's redundancy promises in steady state; not measured by the run
     * @param bottleneck         null unless some component's sustained utilisation (the run's mean or its 95th
     *                           percentile second, whichever is higher) reaches the simulator's threshold (70 %)
     * @param busiest            the component with the highest sustained load, however light; null only for a
     *                           design of clients alone
     * @param costs              what each component costs a month (instances paid, price of one, total), the
     *                           most expensive first; {@code monthlyCost} is their sum
     */
    record SummaryResult(Latency latency, Latency worstLatency, @Nullable Latency messageDelay,
            double meanThroughputRps, double peakThroughputRps, double errorRate, double availability,
            double designAvailability, double monthlyCost, @Nullable BottleneckResult bottleneck,
            @Nullable BottleneckResult busiest, List<StationResult> stations, List<ComponentCost> costs) {

        static SummaryResult of(Summary s) {
            return new SummaryResult(s.latency(), s.worstLatency(), s.messageDelay(), s.meanThroughputRps(),
                    s.peakThroughputRps(), s.errorRate(), s.availability(), s.designAvailability(), s.monthlyCost(),
                    BottleneckResult.ofNullable(s.bottleneck()), BottleneckResult.ofNullable(s.busiest()),
                    s.stations().stream().map(StationResult::of).toList(), s.costs());
        }
    }

    /** @param utilisation null when the component was down and still sent requests ({@code down} true) */
    record BottleneckResult(String componentId, @Nullable Double utilisation, boolean down, String reason) {

        static @Nullable BottleneckResult ofNullable(@Nullable Bottleneck b) {
            return b == null ? null
                    : new BottleneckResult(b.componentId(), finite(b.utilisation()), isDown(b.utilisation()), b.reason());
        }
    }

    /**
     * One station over the run: means over the run, and its busiest second apart. {@code StationReport}
     * in the engine documents each figure.
     *
     * @param meanUtilisation      null when the component never had an instance up and was still sent requests
     * @param sustainedUtilisation null when it was down for more than the last 5 % of the run with requests
     * @param down                 true when it was down while sent requests at some second
     */
    record StationResult(String componentId, String name, String type, boolean replicas, int instances,
            int concurrency, double serviceTimeMs, double statedServiceTimeMs, boolean serviceTimeAdjusted,
            double capacityRps, @Nullable Double meanUtilisation, @Nullable Double sustainedUtilisation, boolean down,
            double throughputRps, double meanQueueLength, double meanResponseMs, double meanWaitMs,
            double waitProbability, double droppedRequests, double maxBacklog, BusiestSecondResult busiestSecond) {

        static StationResult of(StationReport r) {
            return new StationResult(r.componentId(), r.name(), r.type(), r.replicas(), r.instances(), r.concurrency(),
                    r.serviceTimeMs(), r.statedServiceTimeMs(), r.serviceTimeAdjusted(), r.capacityRps(),
                    finite(r.meanUtilisation()), finite(r.sustainedUtilisation()), isDown(r.peakUtilisation()),
                    r.throughputRps(), r.meanQueueLength(), r.meanResponseMs(), r.meanWaitMs(), r.waitProbability(),
                    r.droppedRequests(), r.maxBacklog(), BusiestSecondResult.of(r.busiestSecond()));
        }
    }

    /** The station at its most loaded second; {@code utilisation} null when it was down that second. */
    record BusiestSecondResult(int second, @Nullable Double utilisation, double arrivalsRps, double throughputRps,
            double meanQueueLength, double meanResponseMs, double waitProbability, Latency response, double backlog) {

        static BusiestSecondResult of(BusiestSecond b) {
            return new BusiestSecondResult(b.second(), finite(b.utilisation()), b.arrivalsRps(), b.throughputRps(),
                    b.meanQueueLength(), b.meanResponseMs(), b.waitProbability(), b.response(), b.backlog());
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
