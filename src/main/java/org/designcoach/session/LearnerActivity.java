package org.designcoach.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How much a learner has practised: attempts not discarded, how many of them finished, when any of
 * them last changed, and the average overall score of the finished ones (null when there is none).
 */
public record LearnerActivity(String learner, long attempts, long finished, @Nullable Instant lastActivity,
        @Nullable Double averageScore) {
}
