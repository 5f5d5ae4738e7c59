package org.designcoach.simulation;

/** Response-time percentiles in milliseconds. */
public record Latency(double p50Ms, double p95Ms, double p99Ms) {

    static final Latency ZERO = new Latency(0, 0, 0);
}
