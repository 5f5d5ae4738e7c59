package org.designcoach.session;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a history needs of a session row: everything but its answers and clock, which are the bulk of it. */
record AttemptRow(long id, String owner, String caseId, Mode mode, String level, SessionStatus status,
        Instant startedAt, @Nullable Instant finishedAt, @Nullable String resultJson) {
}
