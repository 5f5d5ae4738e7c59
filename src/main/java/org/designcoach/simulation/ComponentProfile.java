package org.designcoach.simulation;

/**
 * What one instance of a catalog component type can do, in the engine's units, and the role the type
 * plays in the flow. The app maps the catalog's defaults and kinds into these, so the engine never
 * reads YAML and knows no type by name.
 *
 * <p>An instance works on {@link #concurrency()} requests at once (threads, connections), each for a
 * mean service time S; its capacity is k / S. The catalog states the capacity and S; k is derived
 * from them as a whole number of at least 1, and where capacity × S is not whole the capacity is kept
 * and the service time the station uses becomes k / capacity ({@link #stationServiceTimeMs()}).
 *
 * @param role                   how the type behaves in the flow (a client, a cache, a queue…)
 * @param capacityPerInstance    requests per second one instance serves
 * @param serviceTimeMs          the mean time one request takes at an idle instance
 * @param availability           the fraction of time one instance is up, 0..1
 * @param monthlyCostPerInstance what one instance costs a month, in dollars
 */
public record ComponentProfile(String type, FlowRole role, double capacityPerInstance, double serviceTimeMs,
        double availability, double monthlyCostPerInstance) {

    /** Requests one instance may work on at once; more is a typing slip (a million threads on one machine). */
    public static final int MAX_CONCURRENCY = 100_000;
    /** Service times above an hour are batch jobs, not requests. */
    public static final double MAX_SERVICE_TIME_MS = 3_600_000;
    /** A service time that moves by less than this share to make k whole is not worth a word on the page. */
    static final double ADJUSTMENT_WORTH_SAYING = 0.01;

    public ComponentProfile {
        if (!(capacityPerInstance >= 0) || !(serviceTimeMs >= 0) || !(monthlyCostPerInstance >= 0)) {
            throw new SimulationException("The profile of '" + type + "' needs a capacity, service time and cost "
                    + "of zero or more.");
        }
        if (!(availability >= 0 && availability <= 1)) {
            throw new SimulationException("The profile of '" + type + "' has availability " + availability
                    + "; write it as a fraction between 0 and 1, such as 0.9995.");
        }
    }

    /** k = capacity × service time: how many requests an instance works on at once, rounded, at least 1. */
    public int concurrency() {
        double k = capacityPerInstance * serviceTimeMs / 1000;
        return (int) Math.max(1, Math.min(MAX_CONCURRENCY, Math.round(k)));
    }

    /** The service time the station runs with, k / capacity: the stated one unless k had to be rounded. */
    public double stationServiceTimeMs() {
        return capacityPerInstance > 0 ? 1000.0 * concurrency() / capacityPerInstance : serviceTimeMs;
    }

    /** True when k had to be rounded far enough that the station's service time differs from the stated one. */
    public boolean serviceTimeAdjusted() {
        double used = stationServiceTimeMs();
        return Math.abs(used - serviceTimeMs) > ADJUSTMENT_WORTH_SAYING * Math.max(used, serviceTimeMs);
    }

    /** μ, the rate of one of the instance's k servers: 1 / S. */
    public double ratePerServer() {
        return capacityPerInstance / concurrency();
    }

    public ComponentProfile withCapacity(double capacity) {
        return new ComponentProfile(type, role, capacity, serviceTimeMs, availability, monthlyCostPerInstance);
    }

    public ComponentProfile withServiceTime(double milliseconds) {
        return new ComponentProfile(type, role, capacityPerInstance, milliseconds, availability, monthlyCostPerInstance);
    }
}
