package org.designcoach.content;

import com.vaadin.flow.component.Component;
import org.designcoach.canvas.DesignCanvas;
import org.designcoach.design.Design;
import org.jspecify.annotations.Nullable;

/**
 * Runs a lesson step's architecture at the load where it breaks, so that the learner sees the
 * failure that the next step fixes. The traffic feature provides it; the lesson only asks, so that
 * content does not depend on the simulator.
 */
public interface StepSimulation {

    /**
     * A panel that runs {@code design} at {@code breaksAt} (a quantity such as "800 /s"), with the
     * step's outage when it has one, and colours {@code canvas}.
     */
    Component atBreakingLoad(DesignCanvas canvas, Design design, String breaksAt, Lesson.@Nullable Outage outage);
}
