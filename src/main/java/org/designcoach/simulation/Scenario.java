package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run to simulate: how long, how much load and of what kind, and what goes wrong on the way.
 *
 * @param peakRequestsPerSecond the design's normal peak, spread evenly over its clients
 * @param readFraction          the share of requests that are reads, 0..1; the rest are writes
 * @param arrivalNoise          whether each second's arrivals vary as a Poisson count would; off gives
 *                              the exact rates that theory predicts
 */
public record Scenario(int durationSeconds, double peakRequestsPerSecond, double readFraction, LoadShape load,
        List<Incident> incidents, long seed, boolean arrivalNoise) {

    /** An hour: long enough for any interview scenario, short enough to answer at once. */
    public static final int MAX_DURATION_SECONDS = 3600;
    /** A billion requests a second is beyond any system an interview asks for; more is a typing slip. */
    public static final double MAX_REQUESTS_PER_SECOND = 1e9;

    /** A number as people read it in a message: 2e9 as "2,000,000,000", a fraction as "0.5". */
    public static String readable(double value) {
        if (!Double.isFinite(value)) {
            return "too large to be a load";
        }
        return value == Math.rint(value) || Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    public Scenario {
        if (durationSeconds <= 0 || durationSeconds > MAX_DURATION_SECONDS) {
            throw new SimulationException("A scenario lasts from 1 to " + MAX_DURATION_SECONDS + " seconds, not "
                    + durationSeconds + ".");
        }
        if (!(peakRequestsPerSecond > 0 && peakRequestsPerSecond <= MAX_REQUESTS_PER_SECOND)) {
            throw new SimulationException(String.format(Locale.ROOT, "The peak load must be above 0 and at most "
                    + "%s requests a second; it was %s.", readable(MAX_REQUESTS_PER_SECOND), readable(peakRequestsPerSecond)));
        }
        if (!(readFraction >= 0 && readFraction <= 1)) {
            throw new SimulationException("The read fraction must be between 0 and 1, not " + readFraction + ".");
        }
        incidents = List.copyOf(incidents);
    }

    /** The peak all the time, with Poisson arrivals and seed 1. */
    public static Scenario steady(int durationSeconds, double peakRequestsPerSecond, double readFraction) {
        return new Scenario(durationSeconds, peakRequestsPerSecond, readFraction, new LoadShape.Steady(), List.of(), 1,
                true);
    }

    /** The read fraction of a read:write ratio such as 10:1. */
    public static double readFraction(double reads, double writes) {
        if (!(reads >= 0 && writes >= 0 && reads + writes > 0)) {
            throw new SimulationException("A read:write ratio needs two numbers of zero or more, not both zero.");
        }
        return reads / (reads + writes);
    }

    public Scenario withLoad(LoadShape shape) {
        return new Scenario(durationSeconds, peakRequestsPerSecond, readFraction, shape, incidents, seed, arrivalNoise);
    }

    public Scenario with(Incident incident) {
        List<Incident> more = new ArrayList<>(incidents);
        more.add(incident);
        return new Scenario(durationSeconds, peakRequestsPerSecond, readFraction, load, more, seed, arrivalNoise);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(durationSeconds, peakRequestsPerSecond, readFraction, load, incidents, newSeed, arrivalNoise);
    }

    public Scenario withoutNoise() {
        return new Scenario(durationSeconds, peakRequestsPerSecond, readFraction, load, incidents, seed, false);
    }
}
