package org.designcoach.simulation;

import java.util.Locale;

/** What one station did over a run: totals, and a snapshot of its busiest second. */
final class StationLog {

    private final Node node;
    private final Station station;
    private final boolean replicas;
    private final double designedCapacity;

    private double peakUtilisation = -1;
    private double throughput;
    private double queueLength;
    private double meanResponse;
    private Latency response = Latency.ZERO;
    private double peakReads;
    private double peakWrites;
    private double peakCapacity;
    private double dropped;
    private double maxBacklog;

    StationLog(Node node, Station station, boolean replicas) {
        this.node = node;
        this.station = station;
        this.replicas = replicas;
        this.designedCapacity = station.capacity();
    }

    void record() {
        dropped += station.dropped();
        maxBacklog = Math.max(maxBacklog, station.backlog());
        double utilisation = station.utilisation();
        if (utilisation > peakUtilisation) {
            peakUtilisation = utilisation;
            throughput = station.served();
            queueLength = station.meanQueueLength();
            meanResponse = station.meanResponse();
            response = new Latency(station.responseQuantile(0.5) * 1000, station.responseQuantile(0.95) * 1000,
                    station.responseQuantile(0.99) * 1000);
            peakReads = replicas ? node.readsIn * (1 - node.primaryReadShare()) : node.readsIn * node.primaryReadShare();
            peakWrites = replicas ? 0 : node.writesIn;
            peakCapacity = station.capacity();
        }
    }

    double peakUtilisation() {
        return peakUtilisation;
    }

    StationReport report() {
        return new StationReport(node.id(), node.name(), node.component.type(), replicas, designedCapacity,
                peakUtilisation, throughput, queueLength, meanResponse * 1000, response, dropped, maxBacklog);
    }

    Bottleneck bottleneck() {
        return new Bottleneck(node.id(), peakUtilisation, reason());
    }

    /** "SQL database: 4,100 writes/s against a capacity of 3,000", or that it was down. */
    private String reason() {
        String name = node.name() + (replicas ? " (read replicas)" : "");
        String unit = peakWrites <= 0 ? "reads/s" : peakReads <= 0 ? "writes/s" : "requests/s";
        String load = count(peakReads + peakWrites) + " " + unit;
        if (peakCapacity <= 0) {
            return name + ": down, so " + load + (station.holdsMessages() ? " wait in its queue" : " fail");
        }
        return name + ": " + load + " against a capacity of " + count(peakCapacity);
    }

    private static String count(double value) {
        return String.format(Locale.ENGLISH, "%,.0f", value);
    }
}
