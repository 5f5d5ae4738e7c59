package org.designcoach.review;

import java.util.ArrayList;
import java.util.List;
import org.designcoach.canvas.CanvasAnnotation;

/**
 * A review's comments on components as numbered markers for the canvas. Every comment counts in the
 * numbering, those on stages too, so that marker 3 on the design is comment 3 in the review's list.
 */
final class CommentMarkers {

    private CommentMarkers() {
    }

    static List<CanvasAnnotation> of(List<ReviewComment> comments) {
        List<CanvasAnnotation> markers = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            String componentId = comments.get(i).componentId();
            if (componentId != null) {
                markers.add(new CanvasAnnotation(componentId, i + 1, comments.get(i).text()));
            }
        }
        return markers;
    }
}
