package org.designcoach.simulation;

/**
 * What one queueing station is offered at a steady rate, from the formulas rather than a run: a
 * database with read replicas has two, the primary and the replicas ({@code replicas} true).
 *
 * @param instances   c, the instances (or read replicas) serving this station
 * @param capacityRps what they serve together each second: c × capacity per instance
 * @param readsRps    reads offered each second, all that reach the station, whether it keeps up or not
 * @param writesRps   writes (and messages) offered each second
 */
public record StationLoad(String componentId, String name, String type, boolean replicas, int instances,
        double capacityRps, double readsRps, double writesRps) {

    public double offeredRps() {
        return readsRps + writesRps;
    }

    /** ρ = λ / capacity: above 1 the station cannot keep up and its queue grows without end. */
    public double utilisation() {
        return capacityRps > 0 ? offeredRps() / capacityRps : Double.POSITIVE_INFINITY;
    }
}
