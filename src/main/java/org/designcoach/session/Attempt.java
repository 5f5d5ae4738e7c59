package org.designcoach.session;

import java.util.Optional;
import org.designcoach.rules.Assessment;
import org.jspecify.annotations.Nullable;

/**
 * A practice session as someone other than its author may see it: read-only, with its owner, its
 * state (answers, timing, version) and, once finished, its report.
 */
public record Attempt(String owner, SessionState state, Assessment design, @Nullable SessionReport report) {

    public Optional<SessionReport> finishedReport() {
        return Optional.ofNullable(report);
    }
}
