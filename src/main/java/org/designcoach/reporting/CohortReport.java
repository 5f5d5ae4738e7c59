package org.designcoach.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.designcoach.review.ReviewFigures;
import org.designcoach.rules.Category;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One cohort over the last {@link CohortReportCalculator#WEEKS} weeks (UTC, Monday to Sunday).
 *
 * @param weeks the Monday of each week, oldest first; the last is the current week
 * @param learners every learner of the cohort, by name, practised or not
 * @param stages per stage in order, the cohort's average score over attempts finished in the period
 * @param weakestSkills the rule categories that cost the cohort's designs the most points per attempt, worst first
 */
public record CohortReport(long cohortId, String cohortName, List<LocalDate> weeks, List<LearnerRow> learners,
        List<StageFigure> stages, List<Skill> weakestSkills, ReviewFigures reviews) {

    public CohortReport {
        weeks = List.copyOf(weeks);
        learners = List.copyOf(learners);
        stages = List.copyOf(stages);
        weakestSkills = List.copyOf(weakestSkills);
    }

    /** The first day of the period. */
    public LocalDate from() {
        return weeks.getFirst();
    }

    /**
     * One learner in the period.
     *
     * @param attemptsPerWeek attempts started in each week of {@link CohortReport#weeks()}, discarded ones left out
     * @param finished attempts finished in the period
     * @param averageScore their average overall score; null when none finished
     * @param stageScores per stage, the average over those attempts; empty when none finished
     */
    public record LearnerRow(String learner, List<Integer> attemptsPerWeek, int finished, @Nullable Integer averageScore,
            Map<Stage, Integer> stageScores) {

        public LearnerRow {
            attemptsPerWeek = List.copyOf(attemptsPerWeek);
            stageScores = Map.copyOf(stageScores);
        }

        public int attempts() {
            return attemptsPerWeek.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A stage's average across the cohort and how many finished attempts it is taken over; null when none. */
    public record StageFigure(Stage stage, @Nullable Integer average, int attempts) {
    }

    /**
     * A rule category the cohort's designs lose points in.
     *
     * @param pointsPerAttempt points lost in this category per finished attempt, over the whole cohort
     * @param learners how many learners lost points in it at least once
     */
    public record Skill(Category category, double pointsPerAttempt, int learners) {
    }
}
