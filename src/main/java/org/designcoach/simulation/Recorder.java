package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** Turns each simulated second into a tick and the run into a summary. */
final class Recorder {

    private final Node[] nodes;
    /** The nodes that have a station, whose figures each tick records. */
    private final Node[] stations;
    private final Figures.Keys componentKeys;
    private final Figures.Keys arrowKeys;
    private final List<StationLog> logs = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private double offered;
    private double answered;

    Recorder(Topology topology) {
        this.nodes = topology.nodes;
        this.stations = Arrays.stream(nodes).filter(node -> node.primary != null).toArray(Node[]::new);
        this.componentKeys = new Figures.Keys(Arrays.stream(stations).map(Node::id).toList());
        this.arrowKeys = new Figures.Keys(IntStream.range(0, topology.arrows.size())
                .mapToObj(topology.arrows::key).toList());
        for (Node node : nodes) {
            if (node.primary != null) {
                logs.add(new StationLog(node, node.primary, false));
            }
            if (node.replicas != null) {
                logs.add(new StationLog(node, node.replicas, true));
            }
        }
    }

    Tick record(int second, double offeredRps, double success, Distribution latency, Flow flow) {
        logs.forEach(StationLog::record);
        offered += offeredRps;
        answered += offeredRps * success;
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

    SimulationRun finish(Scenario scenario, double availability, List<ComponentCost> costs) {
        double weights = ticks.stream().mapToDouble(Tick::throughputRps).sum();
        Latency mean = weights <= 0 ? Latency.ZERO : new Latency(
                weighted(Latency::p50Ms, weights), weighted(Latency::p95Ms, weights), weighted(Latency::p99Ms, weights));
        Latency worst = new Latency(worst(Latency::p50Ms), worst(Latency::p95Ms), worst(Latency::p99Ms));
        Bottleneck busiest = logs.stream().max(Comparator.comparingDouble(StationLog::peakUtilisation))
                .map(StationLog::bottleneck).orElse(null);
        Bottleneck bottleneck = busiest != null && busiest.isLoaded() ? busiest : null;
        double peak = ticks.stream().mapToDouble(Tick::throughputRps).max().orElse(0);
        Summary summary = new Summary(mean, worst, answered / ticks.size(), peak,
                offered > 0 ? 1 - answered / offered : 0, availability, Costs.total(costs), bottleneck, busiest,
                logs.stream().map(StationLog::report).toList(), costs);
        return new SimulationRun(scenario, ticks, summary);
    }

    private double weighted(ToDoubleFunction<Latency> percentile, double weights) {
        return ticks.stream().mapToDouble(tick -> tick.throughputRps() * percentile.applyAsDouble(tick.latency()))
                .sum() / weights;
    }

    private double worst(ToDoubleFunction<Latency> percentile) {
        return ticks.stream().mapToDouble(tick -> percentile.applyAsDouble(tick.latency())).max().orElse(0);
    }
}
