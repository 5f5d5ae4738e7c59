package org.designcoach.progress;

import java.util.List;
import org.designcoach.session.LearnerActivity;

/** One learner on a mentor's list: how much they practised, and which of the mentor's cohorts they are in. */
public record MentoredLearner(LearnerActivity activity, List<String> cohorts) {

    public MentoredLearner {
        cohorts = List.copyOf(cohorts);
    }

    public String learner() {
        return activity.learner();
    }
}
