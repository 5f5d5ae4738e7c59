package org.designcoach.session;

import java.util.List;
import org.designcoach.canvas.CanvasAnnotation;

/**
 * Remarks that someone else made on the design of a finished attempt, such as the comments of its
 * returned review, for the attempt's report to number on the learner's design. The review feature
 * provides them: sessions never depend on reviews, so the report asks through this interface.
 */
public interface DesignRemarks {

    /** The remarks on this attempt's design that the signed-in person may read; empty when there are none. */
    List<CanvasAnnotation> on(long attemptId);
}
