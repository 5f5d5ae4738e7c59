package org.designcoach.traffic;

import org.jspecify.annotations.Nullable;

/**
 * What to simulate: the load (null for the case's own peak), for how long, which scenario, and the
 * component a failure or a cache flush acts on.
 */
public record TrafficRequest(@Nullable Double peakRequestsPerSecond, int durationSeconds, ScenarioKind kind,
        @Nullable String componentId) {

    public static final int DEFAULT_DURATION = 120;
}
