package org.designcoach.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.reporting.CohortReport.LearnerRow;
import org.designcoach.reporting.CohortReport.Skill;
import org.designcoach.reporting.CohortReport.StageFigure;
import org.designcoach.review.ReviewFigures;
import org.designcoach.rules.Category;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/** A cohort's report from its learners' attempts: plain Java, no database, no clock of its own. */
final class CohortReportCalculator {

    /** Two months of weeks: long enough to show a trend, short enough to fit a row. */
    static final int WEEKS = 8;

    /** The weakest skills shown: a short list is a list someone acts on. */
    static final int SKILLS = 3;

    private CohortReportCalculator() {
    }

    /** The Monday of each of the {@link #WEEKS} weeks that end with the one holding {@code today}. */
    static List<LocalDate> weeksEndingWith(LocalDate today) {
        LocalDate current = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            weeks.add(current.minusWeeks(back));
        }
        return weeks;
    }

    static CohortReport report(CohortSummary cohort, List<AttemptResult> attempts, ReviewFigures reviews,
            LocalDate today) {
        List<LocalDate> weeks = weeksEndingWith(today);
        LocalDate from = weeks.getFirst();
        Map<String, List<AttemptResult>> byLearner = attempts.stream()
                .filter(attempt -> !day(attempt.startedAt()).isBefore(from) || finishedSince(attempt, from))
                .collect(Collectors.groupingBy(AttemptResult::owner));
        List<AttemptResult> finished = attempts.stream().filter(attempt -> finishedSince(attempt, from)).toList();
        List<LearnerRow> learners = cohort.learners().stream().sorted()
                .map(learner -> row(learner, byLearner.getOrDefault(learner, List.of()), weeks)).toList();
        return new CohortReport(cohort.id(), cohort.name(), weeks, learners, stages(finished),
                weakestSkills(finished), reviews);
    }

    private static LearnerRow row(String learner, List<AttemptResult> attempts, List<LocalDate> weeks) {
        List<Integer> perWeek = weeks.stream().map(monday -> (int) attempts.stream()
                .map(attempt -> day(attempt.startedAt()))
                .filter(started -> !started.isBefore(monday) && started.isBefore(monday.plusWeeks(1)))
                .count()).toList();
        List<AttemptResult> finished = attempts.stream().filter(attempt -> finishedSince(attempt, weeks.getFirst()))
                .toList();
        Integer average = finished.isEmpty() ? null
                : (int) Math.round(finished.stream().mapToInt(attempt -> attempt.overall()).average().orElseThrow());
        Map<Stage, Integer> stageScores = new EnumMap<>(Stage.class);
        stages(finished).stream().filter(figure -> figure.average() != null)
                .forEach(figure -> stageScores.put(figure.stage(), figure.average()));
        return new LearnerRow(learner, perWeek, finished.size(), average, stageScores);
    }

    private static List<StageFigure> stages(List<AttemptResult> finished) {
        List<StageFigure> figures = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Integer> scores = finished.stream().map(attempt -> attempt.stages().get(stage))
                    .filter(score -> score != null).map(AttemptResult.StageScore::score).toList();
            @Nullable Integer average = scores.isEmpty() ? null
                    : (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
            figures.add(new StageFigure(stage, average, scores.size()));
        }
        return figures;
    }

    private static List<Skill> weakestSkills(List<AttemptResult> finished) {
        if (finished.isEmpty()) {
            return List.of();
        }
        List<Skill> skills = new ArrayList<>();
        for (Category category : Category.values()) {
            int points = finished.stream().mapToInt(attempt -> attempt.lostPointsByCategory().getOrDefault(category, 0))
                    .sum();
            Set<String> learners = finished.stream()
                    .filter(attempt -> attempt.lostPointsByCategory().getOrDefault(category, 0) > 0)
                    .map(AttemptResult::owner).collect(Collectors.toSet());
            if (points > 0) {
                skills.add(new Skill(category, (double) points / finished.size(), learners.size()));
            }
        }
        return skills.stream().sorted(Comparator.comparingDouble(Skill::pointsPerAttempt).reversed()).limit(SKILLS)
                .toList();
    }

    private static boolean finishedSince(AttemptResult attempt, LocalDate from) {
        return attempt.scored() && attempt.finishedAt() != null && !day(attempt.finishedAt()).isBefore(from);
    }

    private static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
