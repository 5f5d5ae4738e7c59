package org.designcoach.review;

import java.time.Instant;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/** A mentor's comment, pinned either to a stage or to one component of the learner's design. */
public record ReviewComment(long id, @Nullable Stage stage, @Nullable String componentId, String text, Instant at) {
}
