package org.designcoach.review;

import java.util.List;
import java.util.Map;
import org.designcoach.session.Attempt;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A submission with its review as the person asking may see it. A learner sees the rubric, the
 * recommendation, the summary and the comments only once the review is returned; before that they are
 * empty. The conversation ({@code messages}) is shown to the learner, the mentor who claimed the
 * submission and admins; other mentors of the learner read the review without it.
 * {@code version} guards the mentor's drafts against a second tab; {@code attemptChanged} says the
 * attempt differs from the one submitted, so the review can no longer be returned.
 */
public record ReviewDetail(
        SubmissionSummary summary,
        String question,
        Attempt attempt,
        Map<Stage, Integer> levels,
        @Nullable Recommendation recommendation,
        List<ReviewComment> comments,
        @Nullable String reviewSummary,
        List<ReviewMessage> messages,
        long version,
        Viewer viewer,
        boolean attemptChanged) {

    public ReviewDetail {
        levels = Map.copyOf(levels);
        comments = List.copyOf(comments);
        messages = List.copyOf(messages);
    }

    /** Who is looking: the mentor who claimed it, another mentor of the learner, the learner, or an admin. */
    public enum Viewer {
        REVIEWER, OTHER_MENTOR, LEARNER, ADMIN
    }

    public boolean mayEdit() {
        return viewer == Viewer.REVIEWER && summary.status() == ReviewStatus.CLAIMED;
    }

    /** Whether this person takes part in the conversation: see it and, once returned, write to it. */
    public boolean inConversation() {
        return viewer != Viewer.OTHER_MENTOR;
    }

    /** Whether this person may write a message now. */
    public boolean mayPost() {
        return inConversation() && summary.status() == ReviewStatus.RETURNED;
    }

    /** Whether the rubric, recommendation and comments are there to show. */
    public boolean showsReview() {
        return viewer != Viewer.LEARNER || summary.status() == ReviewStatus.RETURNED;
    }
}
