package org.designcoach.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.designcoach.review.ReviewFigures.MentorTurnaround;
import org.designcoach.review.ReviewStatistics.Submitted;
import org.junit.jupiter.api.Test;

class ReviewStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-10-12T00:00:00Z");

    @Test
    void waitingSubmissionsAreCountedWithHowLongTheOldestHasWaited() {
        var figures = ReviewStatistics.figures(List.of(
                waiting("2026-12-01T12:00:00Z"), waiting("2026-12-03T09:00:00Z"),
                new Submitted(ReviewStatus.CLAIMED, Instant.parse("2026-12-02T09:00:00Z"), null, "mia")), SINCE, NOW);

        assertThat(figures.waiting()).isEqualTo(2);
        assertThat(figures.oldestWaiting()).isEqualTo(Duration.ofDays(2));
        assertThat(figures.inReview()).isEqualTo(1);
        assertThat(figures.returned()).isZero();
        assertThat(figures.medianTurnaround()).isNull();
    }

    @Test
    void theTurnaroundIsTheMedianFromSubmissionToReturnOverReturnsInThePeriod() {
        var figures = ReviewStatistics.figures(List.of(
                returned("mia", "2026-12-01T08:00:00Z", Duration.ofHours(2)),
                returned("mia", "2026-12-01T08:00:00Z", Duration.ofHours(30)),
                returned("noah", "2026-11-20T08:00:00Z", Duration.ofHours(4)),
                returned("noah", "2026-11-21T08:00:00Z", Duration.ofHours(10)),
                returned("noah", "2026-09-01T08:00:00Z", Duration.ofDays(20))), SINCE, NOW);

        assertThat(figures.returned()).as("the September return is before the period").isEqualTo(4);
        assertThat(figures.medianTurnaround()).isEqualTo(Duration.ofHours(7));
        assertThat(figures.longestTurnaround()).isEqualTo(Duration.ofHours(30));
        assertThat(figures.mentors()).containsExactly(new MentorTurnaround("mia", 2, Duration.ofHours(16)),
                new MentorTurnaround("noah", 2, Duration.ofHours(7)));
    }

    @Test
    void aReviewByAnAccountSinceRemovedCountsUnderAnEmptyName() {
        var figures = ReviewStatistics.figures(List.of(returned(null, "2026-12-01T08:00:00Z", Duration.ofHours(3))),
                SINCE, NOW);

        assertThat(figures.mentors()).containsExactly(new MentorTurnaround("", 1, Duration.ofHours(3)));
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleOne() {
        assertThat(ReviewStatistics.median(List.of(Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(5))))
                .isEqualTo(Duration.ofHours(5));
    }

    private static Submitted waiting(String at) {
        return new Submitted(ReviewStatus.SUBMITTED, Instant.parse(at), null, null);
    }

    private static Submitted returned(String mentor, String submitted, Duration took) {
        Instant at = Instant.parse(submitted);
        return new Submitted(ReviewStatus.RETURNED, at, at.plus(took), mentor);
    }
}
