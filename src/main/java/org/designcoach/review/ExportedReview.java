package org.designcoach.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One of a learner's submissions for the export of their own data: the review, its summary, its
 * comments and the whole conversation are included once the review was returned (a mentor's
 * unfinished draft is not the learner's).
 */
public record ExportedReview(
        long submissionId,
        long attemptId,
        String caseId,
        String level,
        ReviewStatus status,
        String question,
        Instant submittedAt,
        @Nullable String mentor,
        @Nullable Instant returnedAt,
        Map<Stage, Integer> levels,
        @Nullable Recommendation recommendation,
        List<ReviewComment> comments,
        @Nullable String reviewSummary,
        List<ReviewMessage> messages) {

    public ExportedReview {
        levels = Map.copyOf(levels);
        comments = List.copyOf(comments);
        messages = List.copyOf(messages);
    }
}
