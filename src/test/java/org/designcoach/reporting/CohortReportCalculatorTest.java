package org.designcoach.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.reporting.CohortReport.LearnerRow;
import org.designcoach.reporting.CohortReport.Skill;
import org.designcoach.review.ReviewFigures;
import org.designcoach.rules.Category;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionStatus;
import org.designcoach.session.Stage;
import org.junit.jupiter.api.Test;

class CohortReportCalculatorTest {

    /** A Thursday: the current week began on Monday 30 November. */
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    private static final CohortSummary COHORT = new CohortSummary(7, "Platform team", "",
            List.of("omar", "lena", "ines"), List.of("mia"), 0);
    private static final ReviewFigures NO_REVIEWS = new ReviewFigures(0, null, 0, 0, null, null, List.of());

    private long nextId = 1;

    @Test
    void thePeriodIsTheEightWeeksEndingWithTheCurrentOneEachStartingOnMonday() {
        List<LocalDate> weeks = CohortReportCalculator.weeksEndingWith(TODAY);

        assertThat(weeks).hasSize(8).startsWith(LocalDate.parse("2026-10-12")).endsWith(LocalDate.parse("2026-11-30"));
        assertThat(weeks).allMatch(monday -> monday.getDayOfWeek() == java.time.DayOfWeek.MONDAY);
    }

    @Test
    void attemptsAreCountedInTheWeekTheyStartedAndOlderOnesAreLeftOut() {
        var report = report(List.of(
                finished("lena", "2026-11-30T00:30:00Z", 80, Map.of()),
                finished("lena", "2026-12-03T08:00:00Z", 60, Map.of()),
                finished("lena", "2026-11-29T23:59:00Z", 70, Map.of()),
                inProgress("omar", "2026-10-12T08:00:00Z"),
                finished("omar", "2026-10-01T10:00:00Z", 10, Map.of())));

        LearnerRow lena = row(report, "lena");
        assertThat(lena.attemptsPerWeek()).containsExactly(0, 0, 0, 0, 0, 0, 1, 2);
        assertThat(lena.finished()).isEqualTo(3);
        assertThat(lena.averageScore()).isEqualTo(70);
        LearnerRow omar = row(report, "omar");
        assertThat(omar.attemptsPerWeek()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(omar.finished()).as("finished before the period").isZero();
        assertThat(omar.averageScore()).isNull();
    }

    @Test
    void everyLearnerOfTheCohortHasARowThoughTheyNeverPractised() {
        var report = report(List.of(finished("lena", "2026-12-01T10:00:00Z", 80, Map.of())));

        assertThat(report.learners()).extracting(LearnerRow::learner).containsExactly("ines", "lena", "omar");
        assertThat(row(report, "ines").attempts()).isZero();
        assertThat(row(report, "ines").stageScores()).isEmpty();
    }

    @Test
    void eachStageIsAveragedOverTheFinishedAttemptsOfTheWholeCohort() {
        var report = report(List.of(
                finished("lena", "2026-12-01T10:00:00Z", Map.of(Stage.ESTIMATION, 30, Stage.DESIGN, 90), Map.of()),
                finished("omar", "2026-12-02T10:00:00Z", Map.of(Stage.ESTIMATION, 61, Stage.DESIGN, 70), Map.of())));

        assertThat(report.stages()).extracting(figure -> figure.stage(), figure -> figure.average(),
                figure -> figure.attempts()).contains(
                        org.assertj.core.groups.Tuple.tuple(Stage.ESTIMATION, 46, 2),
                        org.assertj.core.groups.Tuple.tuple(Stage.DESIGN, 80, 2),
                        org.assertj.core.groups.Tuple.tuple(Stage.REQUIREMENTS, null, 0));
    }

    @Test
    void theWeakestSkillsAreTheCategoriesLosingMostPointsPerAttemptAtMostThree() {
        var report = report(List.of(
                finished("lena", "2026-12-01T10:00:00Z", 70,
                        Map.of(Category.RELIABILITY, 30, Category.COST, 4, Category.SECURITY, 8)),
                finished("omar", "2026-12-02T10:00:00Z", 70,
                        Map.of(Category.RELIABILITY, 10, Category.SCALABILITY, 20, Category.OPERABILITY, 2))));

        assertThat(report.weakestSkills()).extracting(Skill::category)
                .containsExactly(Category.RELIABILITY, Category.SCALABILITY, Category.SECURITY);
        assertThat(report.weakestSkills().getFirst().pointsPerAttempt()).isEqualTo(20.0);
        assertThat(report.weakestSkills().getFirst().learners()).isEqualTo(2);
    }

    @Test
    void aCohortWithoutFinishedAttemptsHasNoWeakestSkills() {
        assertThat(report(List.of(inProgress("lena", "2026-12-01T10:00:00Z"))).weakestSkills()).isEmpty();
    }

    private CohortReport report(List<AttemptResult> attempts) {
        return CohortReportCalculator.report(COHORT, attempts, NO_REVIEWS, TODAY);
    }

    private static LearnerRow row(CohortReport report, String learner) {
        return report.learners().stream().filter(row -> row.learner().equals(learner)).findFirst().orElseThrow();
    }

    private AttemptResult finished(String learner, String at, int score, Map<Category, Integer> lost) {
        Map<Stage, Integer> scores = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            scores.put(stage, score);
        }
        return finished(learner, at, scores, lost);
    }

    private AttemptResult finished(String learner, String at, Map<Stage, Integer> scores, Map<Category, Integer> lost) {
        Map<Stage, AttemptResult.StageScore> stages = new EnumMap<>(Stage.class);
        scores.forEach((stage, score) -> stages.put(stage,
                new AttemptResult.StageScore(score, Duration.ofMinutes(4), Duration.ofMinutes(5))));
        Instant finishedAt = Instant.parse(at);
        int overall = (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        // Started a minute before it finished: in the same week, unless the test says otherwise.
        return new AttemptResult(nextId++, learner, "url-shortener", "URL shortener", Mode.MOCK, "mid",
                SessionStatus.FINISHED, finishedAt.minus(Duration.ofMinutes(1)), finishedAt, overall, stages, null, lost);
    }

    private AttemptResult inProgress(String learner, String startedAt) {
        return new AttemptResult(nextId++, learner, "url-shortener", "URL shortener", Mode.MOCK, "mid",
                SessionStatus.IN_PROGRESS, Instant.parse(startedAt), null, null, Map.of(), null, Map.of());
    }
}
