package org.designcoach.simulation;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one station did over a run: sums for the run's means, each second's load for the sustained
 * figure, and a snapshot of its busiest second.
 */
final class StationLog {

    /** The bottleneck is judged on this percentile of the seconds, or the run's mean when that is higher. */
    static final double SUSTAINED_PERCENTILE = 0.95;

    private final Node node;
    private final Station station;
    private final boolean replicas;
    private final double designedCapacity;
    private final int designedInstances;
    private final double[] utilisation;
    private final double[] reads;
    private final double[] writes;
    private final double[] capacity;
    private int seconds;

    private double arrivalsSum;
    private double capacitySum;
    private double servedSum;
    private double responseSum;
    private double waitSum;
    private double waitedSum;
    private double dropped;
    private double maxBacklog;
    private BusiestSecond busiest = BusiestSecond.NONE;
    private static final int UNKNOWN = -2;
    /** Found once the run is over; recording another second would make it stale, and none comes. */
    private int sustainedSecond = UNKNOWN;
    private double busiestUtilisation = -1;

    StationLog(Node node, Station station, boolean replicas, int durationSeconds) {
        this.node = node;
        this.station = station;
        this.replicas = replicas;
        this.designedCapacity = station.capacity();
        this.designedInstances = station.instances();
        this.utilisation = new double[durationSeconds];
        this.reads = new double[durationSeconds];
        this.writes = new double[durationSeconds];
        this.capacity = new double[durationSeconds];
    }

    void record(int second) {
        double served = station.served();
        double response = station.meanResponse();
        arrivalsSum += station.arrivals();
        capacitySum += station.capacity();
        servedSum += served;
        responseSum += served * response;
        waitSum += served * station.meanWait();
        waitedSum += served * station.waitProbability();
        dropped += station.dropped();
        maxBacklog = Math.max(maxBacklog, station.backlog());
        double now = station.utilisation();
        utilisation[seconds] = now;
        reads[seconds] = replicas ? node.readsIn * (1 - node.primaryReadShare()) : node.readsIn * node.primaryReadShare();
        writes[seconds] = replicas ? 0 : node.writesIn;
        capacity[seconds] = station.capacity();
        seconds++;
        if (now > busiestUtilisation) {
            busiestUtilisation = now;
            busiest = new BusiestSecond(second, now, station.arrivals(), served, station.meanQueueLength(),
                    response * 1000, station.waitProbability(), new Latency(station.responseQuantile(0.5) * 1000,
                            station.responseQuantile(0.95) * 1000, station.responseQuantile(0.99) * 1000),
                    station.backlog());
        }
    }

    /** Offered load over capacity across the run; infinite when requests came and no instance ever ran. */
    double meanUtilisation() {
        if (capacitySum <= 0) {
            return arrivalsSum > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return arrivalsSum / capacitySum;
    }

    /** The second at the sustained percentile, or -1 when the run's mean is the higher figure. */
    private int sustainedSecond() {
        if (sustainedSecond == UNKNOWN) {
            sustainedSecond = findSustainedSecond();
        }
        return sustainedSecond;
    }

    private int findSustainedSecond() {
        if (seconds == 0) {
            return -1;
        }
        Integer[] order = new Integer[seconds];
        for (int i = 0; i < seconds; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(utilisation[a], utilisation[b]));
        int rank = (int) Math.ceil(SUSTAINED_PERCENTILE * seconds) - 1;
        int second = order[Math.max(0, rank)];
        return utilisation[second] >= meanUtilisation() ? second : -1;
    }

    double sustainedUtilisation() {
        int second = sustainedSecond();
        return second < 0 ? meanUtilisation() : utilisation[second];
    }

    StationReport report() {
        double sustained = sustainedUtilisation();
        int runSeconds = Math.max(1, seconds);
        double perServed = servedSum > 0 ? 1 / servedSum : 0;
        ComponentProfile profile = node.profile;
        double stated = profile == null ? station.serviceTime() * 1000 : profile.serviceTimeMs();
        return new StationReport(node.id(), node.name(), node.component.type(), replicas, designedInstances,
                station.concurrency(), station.serviceTime() * 1000, stated, designedCapacity, meanUtilisation(),
                sustained, servedSum / runSeconds, responseSum / runSeconds, responseSum * perServed * 1000,
                waitSum * perServed * 1000, waitedSum * perServed, dropped, maxBacklog, busiest);
    }

    Bottleneck bottleneck() {
        return new Bottleneck(node.id(), sustainedUtilisation(), reason());
    }

    /** "SQL database: 4,100 writes/s against a capacity of 3,000", or that it was down, at the sustained load. */
    private String reason() {
        int second = sustainedSecond();
        double shownReads = second < 0 ? sum(reads) / Math.max(1, seconds) : reads[second];
        double shownWrites = second < 0 ? sum(writes) / Math.max(1, seconds) : writes[second];
        double shownCapacity = second < 0 ? capacitySum / Math.max(1, seconds) : capacity[second];
        String name = node.name() + (replicas ? " (read replicas)" : "");
        String unit = shownWrites <= 0 ? "reads/s" : shownReads <= 0 ? "writes/s" : "requests/s";
        String load = count(shownReads + shownWrites) + " " + unit;
        if (shownCapacity <= 0) {
            return name + ": down, so " + load + (station.holdsMessages() ? " wait in its queue" : " fail");
        }
        return name + ": " + load + " against a capacity of " + count(shownCapacity);
    }

    private double sum(double[] values) {
        double total = 0;
        for (int i = 0; i < seconds; i++) {
            total += values[i];
        }
        return total;
    }

    private static String count(double value) {
        return String.format(Locale.ENGLISH, "%,.0f", value);
    }
}
