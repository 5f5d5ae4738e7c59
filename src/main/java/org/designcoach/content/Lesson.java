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
     */
    public record Step(String id, String title, String body, Design architecture, String breaksAt,
            @Nullable String breaksOn, String failure, String signal, List<String> concepts) {
    }
}
