package org.designcoach.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.designcoach.session.Attempt;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A submission with its review as the person asking may see it. A learner sees the rubric, the
 * recommendation and the comments only once the review is returned; before that they are empty.
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
        @Nullable String reply,
        @Nullable Instant repliedAt,
        long version,
        Viewer viewer,
        boolean attemptChanged) {

    public ReviewDetail {
        levels = Map.copyOf(levels);
        comments = List.copyOf(comments);
    }

    /** Who is looking: the mentor who claimed it, another mentor of the learner, or the learner. */
    public enum Viewer {
        REVIEWER, OTHER_MENTOR, LEARNER
    }

    public boolean mayEdit() {
        return viewer == Viewer.REVIEWER && summary.status() == ReviewStatus.CLAIMED;
    }

    public boolean mayReply() {
        return viewer == Viewer.LEARNER && summary.status() == ReviewStatus.RETURNED && reply == null;
    }

    /** Whether the rubric, recommendation and comments are there to show. */
    public boolean showsReview() {
        return viewer != Viewer.LEARNER || summary.status() == ReviewStatus.RETURNED;
    }
}
