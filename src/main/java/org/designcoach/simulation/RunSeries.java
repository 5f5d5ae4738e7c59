package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A run thinned to what a chart can draw: consecutive seconds gathered into at most a given number
 * of points, so that a ten-minute run of a large design is a few hundred points per series instead
 * of one per second. {@link SimulationRun} stays whole for anyone who needs every second.
 *
 * <p>How a point stands for its seconds depends on what a reader looks for in the series. Latency,
 * errors, utilisation and backlog are warning signs: a point takes the worst of its seconds, so that
 * a one-second spike or outage stays visible (a component down in any of them is down in the point).
 * Throughput, offered load and arrow traffic are rates whose area is the requests carried: a point
 * takes their mean, which keeps that area, and the run's peak throughput stays in the summary.
 *
 * @param secondsPerPoint how many seconds each point gathers; the last point may gather fewer
 * @param points          the traffic over time, one entry per point
 * @param utilisation     by component id, the highest utilisation of each point's seconds
 * @param backlog         by component id, the largest backlog at the end of any of each point's seconds
 * @param flow            by arrow ("from->to"), the mean of what it carried per second over each point
 */
public record RunSeries(int secondsPerPoint, List<Point> points, Map<String, List<Double>> utilisation,
        Map<String, List<Double>> backlog, Map<String, List<Double>> flow) {

    /** Enough for a chart of 800 pixels to give each point four: finer would not show. */
    public static final int CHART_POINTS = 200;

    public RunSeries {
        points = List.copyOf(points);
        utilisation = Collections.unmodifiableMap(new LinkedHashMap<>(utilisation));
        backlog = Collections.unmodifiableMap(new LinkedHashMap<>(backlog));
        flow = Collections.unmodifiableMap(new LinkedHashMap<>(flow));
    }

    /**
     * Seconds {@code firstSecond} to {@code lastSecond}, both included.
     *
     * @param offeredRps    the mean of the requests per second sent
     * @param throughputRps the mean of the requests per second answered
     * @param errorRate     the highest error share of the seconds
     * @param latency       each percentile at its worst second among them
     */
    public record Point(int firstSecond, int lastSecond, double offeredRps, double throughputRps, double errorRate,
            Latency latency) {
    }

    /** The run with at most {@value #CHART_POINTS} points per series. */
    public static RunSeries of(SimulationRun run) {
        return of(run, CHART_POINTS);
    }

    /** @param maxPoints at least 1; a run no longer than that keeps one point per second */
    public static RunSeries of(SimulationRun run, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("A series needs room for at least one point, not " + maxPoints);
        }
        List<Tick> ticks = run.ticks();
        int per = Math.max(1, (ticks.size() + maxPoints - 1) / maxPoints);
        List<Point> points = new ArrayList<>();
        for (int from = 0; from < ticks.size(); from += per) {
            points.add(point(ticks.subList(from, Math.min(ticks.size(), from + per))));
        }
        return new RunSeries(per, points, byKey(ticks, per, Tick::utilisation, true),
                byKey(ticks, per, Tick::backlog, true), byKey(ticks, per, Tick::flow, false));
    }

    private static Point point(List<Tick> seconds) {
        double offered = 0;
        double throughput = 0;
        double errors = 0;
        double p50 = 0;
        double p95 = 0;
        double p99 = 0;
        for (Tick tick : seconds) {
            offered += tick.offeredRps();
            throughput += tick.throughputRps();
            errors = Math.max(errors, tick.errorRate());
            p50 = Math.max(p50, tick.latency().p50Ms());
            p95 = Math.max(p95, tick.latency().p95Ms());
            p99 = Math.max(p99, tick.latency().p99Ms());
        }
        return new Point(seconds.getFirst().second(), seconds.getLast().second(), offered / seconds.size(),
                throughput / seconds.size(), errors, new Latency(p50, p95, p99));
    }

    /** One series per key of the first second's figures: the worst of each point's seconds, or their mean. */
    private static Map<String, List<Double>> byKey(List<Tick> ticks, int per, Function<Tick, Map<String, Double>> figure,
            boolean worst) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        if (ticks.isEmpty()) {
            return series;
        }
        for (String key : figure.apply(ticks.getFirst()).keySet()) {
            List<Double> values = new ArrayList<>((ticks.size() + per - 1) / per);
            for (int from = 0; from < ticks.size(); from += per) {
                int to = Math.min(ticks.size(), from + per);
                double gathered = worst ? Double.NEGATIVE_INFINITY : 0;
                for (int second = from; second < to; second++) {
                    double value = figure.apply(ticks.get(second)).getOrDefault(key, 0.0);
                    gathered = worst ? Math.max(gathered, value) : gathered + value;
                }
                values.add(worst ? gathered : gathered / (to - from));
            }
            series.put(key, List.copyOf(values));
        }
        return series;
    }
}
