package org.designcoach.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.designcoach.rules.Category;
import org.jspecify.annotations.Nullable;

/**
 * One attempt as a progress page lists it: what was practised, when, and for a finished attempt the
 * result kept from the moment it finished. An attempt in progress has no scores: its stages and lost
 * points are empty and its overall score is null.
 *
 * @param estimationAccuracy the share (0–100) of the case's worksheet lines whose value lay within the
 *        case's tolerance of the reference, arithmetic aside; null when unfinished or the case has no lines
 * @param lostPointsByCategory the points the design's findings cost, summed per rule category (strengths
 *        cost nothing); categories that lost nothing are left out
 */
public record AttemptResult(
        long id,
        String owner,
        String caseId,
        String caseTitle,
        Mode mode,
        String level,
        SessionStatus status,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Integer overall,
        Map<Stage, StageScore> stages,
        @Nullable Integer estimationAccuracy,
        Map<Category, Integer> lostPointsByCategory) {

    public AttemptResult {
        stages = Map.copyOf(stages);
        lostPointsByCategory = Map.copyOf(lostPointsByCategory);
    }

    /** True when the attempt has finished and its result is known. */
    public boolean scored() {
        return status == SessionStatus.FINISHED && overall != null;
    }

    /** When the learner last worked on it: the end of a finished attempt, the start of one in progress. */
    public Instant when() {
        return Optional.ofNullable(finishedAt).orElse(startedAt);
    }

    /** One stage of a finished attempt: its score (0–100) and the time spent against its budget. */
    public record StageScore(int score, Duration spent, Duration budget) {

        public boolean overran() {
            return spent.compareTo(budget) > 0;
        }
    }
}
