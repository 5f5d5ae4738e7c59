package org.designcoach.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A session as a page shows it: where it stands, what was written, and its clock right now. */
public record SessionState(
        long id,
        String caseId,
        String caseTitle,
        Mode mode,
        String level,
        SessionStatus status,
        Stage stage,
        long version,
        SessionAnswers answers,
        Timing timing) {

    /** The clock at {@code now}; negative remaining times mean the budget is overrun. */
    public record Timing(Map<Stage, Duration> budgets, Map<Stage, Duration> spent, Duration remainingInStage,
            Duration remainingInSession, boolean paused, Instant now, @Nullable Instant finishedAt) {

        public Timing {
            budgets = Map.copyOf(budgets);
            spent = Map.copyOf(spent);
        }
    }
}
