package org.designcoach.simulation;

/** Something that happens during a run besides the load: failures, a cold cache, retrying clients. */
public sealed interface Incident {

    /** {@code instances} of one component stop at {@code atSecond} and stay down. */
    record InstanceFailure(String componentId, int instances, int atSecond) implements Incident {
    }

    /**
     * An availability zone goes dark: every component drawn in the zone's box stops, except a multi-AZ
     * one, which loses a third of its instances (assuming three zones) and keeps at least one.
     */
    record ZoneFailure(String zone, int atSecond) implements Incident {
    }

    /** A whole region goes dark: every component in it stops, multi-AZ or not. */
    record RegionFailure(String region, int atSecond) implements Incident {
    }

    /** A cache or CDN is emptied: its hit ratio drops to 0 and climbs back linearly over {@code recoverySeconds}. */
    record CacheFlush(String componentId, int atSecond, int recoverySeconds) implements Incident {
    }

    /**
     * Clients retry what failed: each error comes back {@code retriesPerError} times in the next second,
     * so errors feed load and load feeds errors.
     */
    record RetryStorm(double retriesPerError) implements Incident {
    }
}
