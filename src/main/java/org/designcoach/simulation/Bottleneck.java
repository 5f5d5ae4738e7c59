package org.designcoach.simulation;

import org.designcoach.design.DesignLimits;

/**
 * The component with the highest sustained utilisation over the run, and why, in words for a learner:
 * "SQL database: 4,100 writes/s against a capacity of 3,000". Sustained means the higher of the run's
 * mean and its 95th-percentile second ({@link StationReport#sustainedUtilisation()}): a load that held,
 * not one noisy second.
 */
public record Bottleneck(String componentId, double utilisation, String reason) {

    /**
     * The sustained utilisation from which the busiest component counts as the bottleneck. Below 70 % an
     * M/M/c queue is still short and the design has headroom; above it waits climb steeply (ρ/(1−ρ)
     * more than doubles from 70 % to 85 %), which is where a learner should look first. Stated in the design
     * schema, whence the canvas colours a component as loaded from the same share.
     */
    public static final double LOADED_UTILISATION = DesignLimits.OF_SCHEMA.loadedUtilisation();

    /** Whether it is loaded enough to call a bottleneck rather than only the busiest component. */
    public boolean isLoaded() {
        return utilisation >= LOADED_UTILISATION;
    }
}
