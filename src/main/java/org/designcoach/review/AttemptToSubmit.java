package org.designcoach.review;

import java.util.Map;
import org.designcoach.session.Mode;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A finished attempt of the signed-in learner as the submit page shows it. {@code openSubmissionId}
 * names a submission of it that is still open, so the page can say so before the learner types;
 * {@code inACohort} is false when no mentor could see the submission yet.
 */
public record AttemptToSubmit(long attemptId, String caseTitle, String level, Mode mode, int overall,
        Map<Stage, Integer> stageScores, boolean inACohort, @Nullable Long openSubmissionId) {

    public AttemptToSubmit {
        stageScores = Map.copyOf(stageScores);
    }
}
