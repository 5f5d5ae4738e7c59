package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Turns each simulated second into a tick and the run into a summary. */
final class Recorder {

    private final Node[] nodes;
    /** The nodes that have a station, whose figures each tick records. */
    private final Node[] stations;
    private final Figures.Keys componentKeys;
    private final Figures.Keys arrowKeys;
    private final List<StationLog> logs = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    /** Every second's latency, weighted by the requests it answered: the run's percentiles come from it. */
    private final Distribution answeredLatency;
    /** Every second's message delay, weighted by the messages handed off. */
    private final Distribution messageDelay;
    private double offered;
    private double answered;
    private double messages;

    /** Atoms the run's distributions are merged into before their percentiles are read: fine, and fast to search. */
    static final int RUN_ATOMS = 512;

    Recorder(Topology topology, int durationSeconds) {
        this.answeredLatency = Distribution.mixture(durationSeconds);
        this.messageDelay = Distribution.mixture(durationSeconds);
        this.nodes = topology.nodes;
        this.stations = Arrays.stream(nodes).filter(node -> node.primary != null).toArray(Node[]::new);
        this.componentKeys = new Figures.Keys(Arrays.stream(stations).map(Node::id).toList());
        this.arrowKeys = new Figures.Keys(IntStream.range(0, topology.arrows.size())
                .mapToObj(topology.arrows::key).toList());
        for (Node node : nodes) {
            if (node.primary != null) {
                logs.add(new StationLog(node, node.primary, false, durationSeconds));
            }
            if (node.replicas != null) {
                logs.add(new StationLog(node, node.replicas, true, durationSeconds));
            }
        }
    }

    /**
     * @param handedOff messages handed off asynchronously this second, and {@code delay} their time until handled
     */
    Tick record(int second, double offeredRps, double success, Distribution latency, double handedOff,
            Distribution delay, Flow flow) {
        for (StationLog log : logs) {
            log.record(second);
        }
        offered += offeredRps;
        answered += offeredRps * success;
        answeredLatency.mix(offeredRps * success, latency);
        if (handedOff > 0) {
            messages += handedOff;
            messageDelay.mix(handedOff, delay);
        }
        Latency percentiles = new Latency(latency.quantile(0.5) * 1000, latency.quantile(0.95) * 1000,
                latency.quantile(0.99) * 1000);
        Tick tick = new Tick(second, offeredRps, offeredRps * success, 1 - success, percentiles,
                byComponent(Node::utilisation), byComponent(Node::backlog), carried(flow), down());
        ticks.add(tick);
        return tick;
    }

    /** A figure of each component that has a station, by id; clients have none. */
    private Map<String, Double> byComponent(ToDoubleFunction<Node> figure) {
        double[] values = new double[stations.length];
        for (int k = 0; k < stations.length; k++) {
            values[k] = figure.applyAsDouble(stations[k]);
        }
        return new Figures(componentKeys, values);
    }

    private Map<String, Double> carried(Flow flow) {
        double[] values = new double[arrowKeys.size()];
        for (int arrow = 0; arrow < values.length; arrow++) {
            values[arrow] = flow.carried(arrow);
        }
        return new Figures(arrowKeys, values);
    }

    private List<String> down() {
        List<String> down = new ArrayList<>(0);
        for (Node node : nodes) {
            if (node.isDown()) {
                down.add(node.id());
            }
        }
        return down.isEmpty() ? List.of() : List.copyOf(down);
    }

    SimulationRun finish(Scenario scenario, double designAvailability, List<ComponentCost> costs) {
        Latency overRun = answered <= 0 ? Latency.ZERO : percentiles(answeredLatency.compact(RUN_ATOMS));
        @Nullable Latency delay = messages <= 0 ? null : percentiles(messageDelay.compact(RUN_ATOMS));
        Latency worst = new Latency(worst(Latency::p50Ms), worst(Latency::p95Ms), worst(Latency::p99Ms));
        Bottleneck busiest = logs.stream().max(Comparator.comparingDouble(StationLog::sustainedUtilisation))
                .map(StationLog::bottleneck).orElse(null);
        Bottleneck bottleneck = busiest != null && busiest.isLoaded() ? busiest : null;
        double peak = ticks.stream().mapToDouble(Tick::throughputRps).max().orElse(0);
        double errorRate = offered > 0 ? 1 - answered / offered : 0;
        Summary summary = new Summary(overRun, worst, delay, answered / ticks.size(), peak, errorRate, 1 - errorRate,
                designAvailability, Costs.total(costs), bottleneck, busiest,
                logs.stream().map(StationLog::report).toList(), costs);
        return new SimulationRun(scenario, ticks, summary);
    }

    private static Latency percentiles(Distribution distribution) {
        return new Latency(distribution.quantile(0.5) * 1000, distribution.quantile(0.95) * 1000,
                distribution.quantile(0.99) * 1000);
    }

    private double worst(ToDoubleFunction<Latency> percentile) {
        return ticks.stream().mapToDouble(tick -> percentile.applyAsDouble(tick.latency())).max().orElse(0);
    }
}
