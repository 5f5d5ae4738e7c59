package org.designcoach.review;

import java.util.List;
import org.designcoach.canvas.CanvasAnnotation;
import org.designcoach.session.DesignRemarks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments on components of an attempt's latest returned review, for the attempt's report: the
 * learner finds them numbered on their design there too. Only someone who may open that review gets
 * them, and a learner only once it is returned.
 */
@Component
class ReviewRemarks implements DesignRemarks {

    private final ReviewSubmissionRepository submissions;
    private final SubmissionAccess access;

    ReviewRemarks(ReviewSubmissionRepository submissions, SubmissionAccess access) {
        this.submissions = submissions;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CanvasAnnotation> on(long attemptId) {
        return submissions.findByAttemptIdAndStatusOrderByReturnedAtDescIdDesc(attemptId, ReviewStatus.RETURNED)
                .stream().filter(submission -> access.viewerOf(submission) != null).findFirst()
                .map(submission -> CommentMarkers.of(submission.getComments())).orElse(List.of());
    }
}
