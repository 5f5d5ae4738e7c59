package org.designcoach.traffic;

import org.jspecify.annotations.Nullable;

/**
 * What to simulate: the load (null for the case's own peak), for how long, which scenario, and what
 * it acts on: the component of a failure or a cache flush, the group id of a zone, or a region.
 */
public record TrafficRequest(@Nullable Double peakRequestsPerSecond, int durationSeconds, ScenarioKind kind,
        @Nullable String componentId) {

    public static final int DEFAULT_DURATION = 120;
}
