package org.designcoach.traffic;

import org.designcoach.simulation.SimulationException;
import org.jspecify.annotations.Nullable;

/**
 * What to simulate: the load (null for the learner's or the case's peak), for how long, which scenario,
 * and what it acts on: the component of a failure or a cache flush, the group id of a zone, or a region.
 *
 * @param instancesThatFail how many instances of the component fail; null fails them all
 * @param readFraction      the share of reads, 0..1; null takes it from the case
 * @param poissonArrivals   whether each second's arrivals vary as a Poisson count does; off, every second
 *                          carries exactly the shaped load and the run's figures are the formulas' own
 */
public record TrafficRequest(@Nullable Double peakRequestsPerSecond, int durationSeconds, ScenarioKind kind,
        @Nullable String componentId, @Nullable Integer instancesThatFail, @Nullable Double readFraction,
        boolean poissonArrivals) {

    public static final int DEFAULT_DURATION = 120;

    public TrafficRequest {
        if (instancesThatFail != null && instancesThatFail < 1) {
            throw new SimulationException("At least one instance has to fail, not "
                    + instancesThatFail + "; leave the number out to fail every instance.");
        }
    }

    /** Exact arrivals, the same each second. */
    public TrafficRequest(@Nullable Double peakRequestsPerSecond, int durationSeconds, ScenarioKind kind,
            @Nullable String componentId, @Nullable Integer instancesThatFail, @Nullable Double readFraction) {
        this(peakRequestsPerSecond, durationSeconds, kind, componentId, instancesThatFail, readFraction, false);
    }

    /** A whole component fails, and the case says how many requests are reads. */
    public TrafficRequest(@Nullable Double peakRequestsPerSecond, int durationSeconds, ScenarioKind kind,
            @Nullable String componentId) {
        this(peakRequestsPerSecond, durationSeconds, kind, componentId, null, null);
    }

    /** The same request with the share of reads given, e.g. from the learner's own estimate. */
    public TrafficRequest withReadFraction(@Nullable Double fraction) {
        return new TrafficRequest(peakRequestsPerSecond, durationSeconds, kind, componentId, instancesThatFail,
                fraction, poissonArrivals);
    }

    /** The same request with arrivals that vary as a Poisson count, or exactly the load each second. */
    public TrafficRequest withPoissonArrivals(boolean poisson) {
        return new TrafficRequest(peakRequestsPerSecond, durationSeconds, kind, componentId, instancesThatFail,
                readFraction, poisson);
    }
}
