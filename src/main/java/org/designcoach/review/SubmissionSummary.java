package org.designcoach.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One submission as lists show it: whose, which case and level, where it stands and with whom. */
public record SubmissionSummary(
        long id,
        long attemptId,
        String learner,
        String caseId,
        String caseTitle,
        String level,
        ReviewStatus status,
        @Nullable String mentor,
        Instant submittedAt,
        @Nullable Instant returnedAt,
        boolean replied) {
}
