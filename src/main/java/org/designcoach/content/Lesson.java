package org.designcoach.content;

import java.util.List;
import org.designcoach.design.Design;

/** A step-through lesson such as the scale journey. */
public record Lesson(String id, String title, String summary, List<String> sources, List<Step> steps) {

    /** One architecture of the journey, the load where it breaks and the signal to move on. */
    public record Step(String id, String title, String body, Design architecture, String breaksAt, String failure,
            String signal, List<String> concepts) {
    }
}
