package org.designcoach.content;

import java.util.List;
import org.designcoach.design.Design;
import org.jspecify.annotations.Nullable;

/** A step-through lesson such as the scale journey. */
public record Lesson(String id, String title, String summary, List<String> sources, List<Step> steps) {

    /**
     * One architecture of the journey, the load where it breaks and the signal to move on.
     *
     * @param breaksOn the catalog type that saturates at {@code breaksAt}; null where the failure is not
     *                 about load
     * @param outage   what goes wrong during the run at {@code breaksAt} when the step's failure is an outage
     *                 rather than load; null for a steady run
     */
    public record Step(String id, String title, String body, Design architecture, String breaksAt,
            @Nullable String breaksOn, @Nullable Outage outage, String failure, String signal,
            List<String> concepts) {
    }

    /**
     * A place that goes dark a third of the way into the step's run.
     *
     * @param kind  {@code region-failure} or {@code zone-failure}
     * @param place the region (a region box's id or a component's region) or the zone box's id
     */
    public record Outage(String kind, String place) {
    }
}
