package org.designcoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designcoach.progress.Attempts.LIBRARY;
import static org.designcoach.progress.Attempts.finished;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.designcoach.rules.Category;
import org.designcoach.session.AttemptResult;
import org.designcoach.session.Stage;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    void aStreakCountsTheConsecutiveDaysUpToToday() {
        Progress progress = progress(TODAY, finished("url-shortener", "2026-11-23T09:00:00Z", 50),
                finished("url-shortener", "2026-11-24T21:00:00Z", 50), finished("url-shortener", "2026-11-25T08:00:00Z", 50));

        assertThat(progress.streak()).isEqualTo(new Progress.Streak(3, 3));
    }

    @Test
    void aStreakLastsUntilTheDayIsOverAndEndsWithADayMissed() {
        List<AttemptResult> twoDays = List.of(finished("url-shortener", "2026-11-23T09:00:00Z", 50),
                finished("url-shortener", "2026-11-24T09:00:00Z", 50));

        assertThat(progress(TODAY, twoDays).streak().current()).as("today has no attempt yet").isEqualTo(2);
        assertThat(progress(TODAY.plusDays(1), twoDays).streak()).isEqualTo(new Progress.Streak(0, 2));
    }

    @Test
    void theLongestStreakIsKeptAfterABreakAndSeveralAttemptsOnOneDayCountOnce() {
        List<AttemptResult> attempts = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            attempts.add(finished("url-shortener", "2026-11-0" + day + "T10:00:00Z", 50));
            attempts.add(finished("url-shortener", "2026-11-0" + day + "T18:00:00Z", 50));
        }
        attempts.add(finished("url-shortener", "2026-11-24T10:00:00Z", 50));
        attempts.add(finished("url-shortener", "2026-11-25T10:00:00Z", 50));

        assertThat(progress(TODAY, attempts).streak()).isEqualTo(new Progress.Streak(2, 4));
    }

    @Test
    void daysAreCountedInUtcSoLateAndEarlyAttemptsFallOnTwoDays() {
        Progress progress = progress(TODAY, finished("url-shortener", "2026-11-24T23:59:00Z", 50),
                finished("url-shortener", "2026-11-25T00:01:00Z", 50));

        assertThat(progress.streak().current()).isEqualTo(2);
    }

    @Test
    void anUnfinishedAttemptIsListedButNeitherScoredNorCountedForTheStreakOrTheCases() {
        Progress progress = progress(TODAY, Attempts.inProgress("url-shortener", "2026-11-25T09:00:00Z"));

        assertThat(progress.attempts()).hasSize(1);
        assertThat(progress.scored()).isEmpty();
        assertThat(progress.streak()).isEqualTo(new Progress.Streak(0, 0));
        assertThat(progress.casesCovered()).isZero();
        assertThat(progress.casesTotal()).isEqualTo(LIBRARY.cases().size());
    }

    @Test
    void lostPointsAreSummedPerCategoryOverAttemptsMostFirst() {
        Progress progress = progress(TODAY,
                finished("url-shortener", "2026-11-24T10:00:00Z", Attempts.weakAt(Stage.DESIGN, 40),
                        Map.of(Category.SECURITY, 10, Category.COST, 8)),
                finished("url-shortener", "2026-11-25T10:00:00Z", Attempts.weakAt(Stage.DESIGN, 40),
                        Map.of(Category.RELIABILITY, 15, Category.COST, 8)));

        assertThat(progress.lostPoints()).containsExactly(new Progress.CategoryLoss(Category.COST, 16),
                new Progress.CategoryLoss(Category.RELIABILITY, 15), new Progress.CategoryLoss(Category.SECURITY, 10));
    }

    @Test
    void timeIsAveragedPerStageAgainstItsBudgetAndOverrunsAreCounted() {
        Progress progress = progress(TODAY,
                Attempts.withStages("url-shortener", "2026-11-24T10:00:00Z", Map.of(Stage.ESTIMATION,
                        new AttemptResult.StageScore(60, Duration.ofMinutes(2), Duration.ofMinutes(3))), Map.of()),
                Attempts.withStages("url-shortener", "2026-11-25T10:00:00Z", Map.of(Stage.ESTIMATION,
                        new AttemptResult.StageScore(70, Duration.ofMinutes(5), Duration.ofMinutes(3))), Map.of()));

        assertThat(progress.timeByStage().get(Stage.ESTIMATION)).isEqualTo(new Progress.StageTime(
                Duration.ofSeconds(210), Duration.ofMinutes(3), 1, 2));
        assertThat(progress.timeByStage()).doesNotContainKey(Stage.DESIGN);
        assertThat(progress.recentAverages()).containsEntry(Stage.ESTIMATION, 65);
    }

    @Test
    void casesCoveredCountsEachFinishedCaseOfTheLibraryOnce() {
        Progress progress = progress(TODAY, finished("url-shortener", "2026-11-23T10:00:00Z", 50),
                finished("url-shortener", "2026-11-24T10:00:00Z", 60),
                finished("video-streaming", "2026-11-24T12:00:00Z", 60),
                finished("a-case-since-removed", "2026-11-25T10:00:00Z", 60));

        assertThat(progress.casesCovered()).isEqualTo(2);
    }

    @Test
    void theWeakestSkillIsJudgedOnTheLastTenAttemptsOnly() {
        List<AttemptResult> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(finished("url-shortener", "2026-10-0" + (i + 1) + "T10:00:00Z",
                    Attempts.weakAt(Stage.REQUIREMENTS, 0), Map.of()));
        }
        for (int i = 10; i < 20; i++) {
            attempts.add(finished("url-shortener", "2026-11-" + i + "T10:00:00Z", Attempts.weakAt(Stage.TRADEOFFS, 30),
                    Map.of()));
        }

        Progress progress = progress(TODAY, attempts);

        assertThat(progress.recentAverages()).containsEntry(Stage.REQUIREMENTS, 90).containsEntry(Stage.TRADEOFFS, 30);
        assertThat(progress.practiseNext().reason()).startsWith("Bottlenecks and trade-offs is your weakest stage (average 30)");
        assertThat(progress.scored()).hasSize(15).first().extracting(AttemptResult::when)
                .isEqualTo(java.time.Instant.parse("2026-10-01T10:00:00Z"));
    }

    private static Progress progress(LocalDate today, AttemptResult... attempts) {
        return progress(today, List.of(attempts));
    }

    private static Progress progress(LocalDate today, List<AttemptResult> attempts) {
        return ProgressCalculator.progress("lena", true, attempts, LIBRARY.allCases(), today);
    }
}
