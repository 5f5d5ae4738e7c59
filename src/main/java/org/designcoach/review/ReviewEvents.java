package org.designcoach.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What this feature announces, as Spring application events, for the audit log and anyone else
 * who listens. {@code mentor} is absent only while nobody has claimed the submission.
 */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    public record Submitted(long submissionId, long attemptId, String learner, @Nullable String mentor, Instant at) {
    }

    public record Claimed(long submissionId, long attemptId, String learner, String mentor, Instant at) {
    }

    /**
     * The submission went back to the queue: {@code by} the claiming mentor, or by the admin whose
     * cohort change ended the mentor's mentorship of the learner.
     */
    public record Released(long submissionId, long attemptId, String learner, String mentor, String by, Instant at) {
    }

    public record Returned(long submissionId, long attemptId, String learner, String mentor, Instant at) {
    }

    public record Replied(long submissionId, long attemptId, String learner, String mentor, Instant at) {
    }
}
