package org.designcoach.review;

import org.designcoach.cohort.Mentorship;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may reach a submission: its learner, the mentors of a cohort the learner belongs to, and admins.
 * Anyone else is told it does not exist, so that changing the number in an address reveals nothing.
 * Only the mentor who claimed a submission may change its review; its conversation is the learner's,
 * the claiming mentor's and, where they step in, an admin's.
 */
@Component
class SubmissionAccess {

    static final String NO_SUCH_SUBMISSION = "There is no such submission among those you may open.";
    static final String NOT_YOUR_REVIEW = "Only the mentor who claimed this submission can change its review.";
    static final String NOT_IN_CONVERSATION = "Only the learner, the mentor who reviewed it and admins take part "
            + "in the conversation about this review.";
    static final String STALE = "This review changed in another tab or window. Reload the page to see the latest "
            + "version; everything saved so far is kept.";

    private final ReviewSubmissionRepository submissions;
    private final Mentorship mentorship;

    SubmissionAccess(ReviewSubmissionRepository submissions, Mentorship mentorship) {
        this.submissions = submissions;
        this.mentorship = mentorship;
    }

    /** Refuses anyone but a mentor; the services' annotations say the same, this holds without them too. */
    static void requireMentor() {
        if (!CurrentUser.hasRole(Role.MENTOR)) {
            throw new AccessDeniedException("Only mentors review submissions.");
        }
    }

    /** The submission if the signed-in person is its learner or mentors the learner. */
    ReviewSubmission readable(long id) {
        ReviewSubmission submission = submissions.findById(id)
                .orElseThrow(() -> new ReviewException(NO_SUCH_SUBMISSION));
        if (viewerOf(submission) == null) {
            throw new ReviewException(NO_SUCH_SUBMISSION);
        }
        return submission;
    }

    /** The submission if the signed-in mentor claimed it and the page saw its latest version. */
    ReviewSubmission reviewedByMe(long id, long version) {
        requireMentor();
        ReviewSubmission submission = readable(id);
        if (!CurrentUser.username().equals(submission.getMentor())) {
            throw new ReviewException(NOT_YOUR_REVIEW);
        }
        if (submission.getVersion() != version) {
            throw new ReviewException(STALE);
        }
        return submission;
    }

    /** The submission if the signed-in person takes part in its conversation. */
    ReviewSubmission inConversation(long id) {
        ReviewSubmission submission = readable(id);
        if (viewerOf(submission) == ReviewDetail.Viewer.OTHER_MENTOR) {
            throw new ReviewException(NOT_IN_CONVERSATION);
        }
        return submission;
    }

    ReviewSubmission saved(ReviewSubmission submission) {
        try {
            return submissions.saveAndFlush(submission);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ReviewException(STALE);
        }
    }

    /** How the signed-in person sees this submission, or null when they may not see it at all. */
    ReviewDetail.@Nullable Viewer viewerOf(ReviewSubmission submission) {
        String me = CurrentUser.username();
        if (me.equals(submission.getLearner())) {
            return ReviewDetail.Viewer.LEARNER;
        }
        if (CurrentUser.hasRole(Role.ADMIN)) {
            return ReviewDetail.Viewer.ADMIN;
        }
        if (!CurrentUser.hasRole(Role.MENTOR) || !mentorship.mentors(me, submission.getLearner())) {
            return null;
        }
        return me.equals(submission.getMentor()) ? ReviewDetail.Viewer.REVIEWER : ReviewDetail.Viewer.OTHER_MENTOR;
    }
}
