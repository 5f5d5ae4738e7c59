package org.designcoach.session;

import java.time.Instant;

/** A line of the learner's list of sessions. */
public record SessionSummary(long id, String caseId, String caseTitle, Mode mode, String level,
        SessionStatus status, Stage stage, Instant startedAt, Instant updatedAt) {
}
