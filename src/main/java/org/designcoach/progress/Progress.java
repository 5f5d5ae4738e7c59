package org.designcoach.progress;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.rules.Category;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A learner's progress as their page shows it.
 *
 * @param own true when the signed-in person is the learner (a mentor sees the same numbers)
 * @param attempts every attempt not discarded, newest first, finished or not
 * @param scored the finished attempts with a result, oldest first: the points of every chart over time
 * @param recentAverages per stage, the average score of the last {@link ProgressCalculator#RECENT} scored attempts
 * @param timeByStage per stage, the average time spent against the average budget, over all scored attempts
 * @param lostPoints points lost per rule category over all scored attempts, most first; none for categories without loss
 */
public record Progress(
        String learner,
        boolean own,
        List<AttemptResult> attempts,
        List<AttemptResult> scored,
        Map<Stage, Integer> recentAverages,
        Map<Stage, StageTime> timeByStage,
        List<CategoryLoss> lostPoints,
        int casesCovered,
        int casesTotal,
        Streak streak,
        @Nullable Suggestion practiseNext) {

    public Progress {
        attempts = List.copyOf(attempts);
        scored = List.copyOf(scored);
        recentAverages = Map.copyOf(recentAverages);
        timeByStage = Map.copyOf(timeByStage);
        lostPoints = List.copyOf(lostPoints);
    }

    public boolean hasAttempts() {
        return !attempts.isEmpty();
    }

    public Optional<Suggestion> suggestion() {
        return Optional.ofNullable(practiseNext);
    }

    /** Average time spent in a stage against its average budget, and in how many attempts it ran over. */
    public record StageTime(Duration averageSpent, Duration averageBudget, int overruns, int attempts) {
    }

    /** The points the design's findings lost in one rule category, summed over attempts. */
    public record CategoryLoss(Category category, int points) {
    }

    /**
     * Consecutive days (UTC) with at least one finished attempt. The current streak ends today, or
     * yesterday when today has none yet: a streak is not broken before the day is over.
     */
    public record Streak(int current, int longest) {
    }

    /** A case to practise next and, in one sentence, why. */
    public record Suggestion(String caseId, String caseTitle, String reason) {
    }
}
