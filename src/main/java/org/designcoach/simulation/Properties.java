package org.designcoach.simulation;

import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/** The component properties the simulator reads, checked: a design arrives from a learner's canvas. */
final class Properties {

    private Properties() {
    }

    /** The {@code hitRatio} property of a cache or CDN, or the default when it has none. */
    static double hitRatio(DesignComponent component, double defaultRatio) {
        @Nullable Double value = number(component, "hitRatio");
        double ratio = value == null ? defaultRatio : value;
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new SimulationException("'" + component.displayName() + "' has a hit ratio of " + ratio
                    + "; a hit ratio is a fraction between 0 and 1, such as 0.9.");
        }
        return ratio;
    }

    /** A client's {@code trafficShare}: the fraction of the load it sends, or null when it leaves that open. */
    static @Nullable Double trafficShare(DesignComponent component) {
        @Nullable Double value = number(component, "trafficShare");
        if (value != null && !(value > 0 && value <= 1)) {
            throw new SimulationException("'" + component.displayName() + "' sends a share of " + value
                    + " of the load; a share is a fraction above 0 and at most 1, such as 0.05.");
        }
        return value;
    }

    /** The {@code readReplicas} property of a database, 0 when it has none. */
    static int readReplicas(DesignComponent component) {
        @Nullable Double value = number(component, "readReplicas");
        if (value == null) {
            return 0;
        }
        if (!(value >= 0 && value <= 100) || value != Math.rint(value)) {
            throw new SimulationException("'" + component.displayName() + "' has " + value
                    + " read replicas; write a whole number from 0 to 100.");
        }
        return value.intValue();
    }

    /**
     * The {@code capacityPerInstance} property, in requests per second, which overrides the catalog's
     * figure for this one component (a bigger machine, a tuned database); null when it has none.
     */
    static @Nullable Double capacityOverride(DesignComponent component) {
        @Nullable Double value = number(component, "capacityPerInstance");
        if (value != null && !(value >= 0 && value <= Scenario.MAX_REQUESTS_PER_SECOND)) {
            throw new SimulationException("'" + component.displayName() + "' has a capacity of " + value
                    + " requests/s per instance; give a number from 0 to 1,000,000,000.");
        }
        return value;
    }

    /**
     * The {@code serviceTimeMs} property: the mean time one request takes at an idle instance, in ms,
     * which overrides the catalog's figure (a slow handler, a tuned query); null when it has none.
     */
    static @Nullable Double serviceTimeOverride(DesignComponent component) {
        @Nullable Double value = number(component, "serviceTimeMs");
        if (value != null && !(value > 0 && value <= ComponentProfile.MAX_SERVICE_TIME_MS)) {
            throw new SimulationException("'" + component.displayName() + "' has a service time of "
                    + Scenario.readable(value) + " ms; give a number above 0 and at most 3,600,000 ms (an hour).");
        }
        return value;
    }

    private static @Nullable Double number(DesignComponent component, String key) {
        Object value = component.properties().get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            throw new SimulationException("'" + component.displayName() + "' has " + key + " '" + value
                    + "', which is not a number.");
        }
    }
}
