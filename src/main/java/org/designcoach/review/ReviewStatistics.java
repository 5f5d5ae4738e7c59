package org.designcoach.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.review.ReviewFigures.MentorTurnaround;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review side of a cohort's report: what waits, and how long mentors take to return a review. */
@Service
public class ReviewStatistics {

    private final ReviewSubmissionRepository submissions;
    private final Clock clock;

    ReviewStatistics(ReviewSubmissionRepository submissions, Clock clock) {
        this.submissions = submissions;
        this.clock = clock;
    }

    /** For an administrator, or a mentor of this very cohort; anyone else is refused. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MENTOR')")
    @Transactional(readOnly = true)
    public ReviewFigures figuresFor(CohortSummary cohort, Instant since) {
        boolean reportedTo = CurrentUser.hasRole(Role.ADMIN)
                || CurrentUser.hasRole(Role.MENTOR) && cohort.mentors().contains(CurrentUser.username());
        if (!reportedTo) {
            throw new ReviewException("There is no such cohort among those whose reviews you may see.");
        }
        List<Submitted> rows = cohort.learners().isEmpty() ? List.of()
                : submissions.findByLearnerIn(cohort.learners()).stream().map(Submitted::of).toList();
        return figures(rows, since, clock.instant());
    }

    /** One submission as the figures need it. */
    record Submitted(ReviewStatus status, Instant submittedAt, @Nullable Instant returnedAt, @Nullable String mentor) {

        static Submitted of(ReviewSubmission submission) {
            return new Submitted(submission.getStatus(), submission.getSubmittedAt(), submission.getReturnedAt(),
                    submission.getMentor());
        }
    }

    static ReviewFigures figures(List<Submitted> rows, Instant since, Instant now) {
        List<Submitted> waiting = rows.stream().filter(row -> row.status() == ReviewStatus.SUBMITTED).toList();
        Duration oldest = waiting.stream().map(row -> Duration.between(row.submittedAt(), now))
                .max(Comparator.naturalOrder()).orElse(null);
        int inReview = (int) rows.stream().filter(row -> row.status() == ReviewStatus.CLAIMED).count();
        List<Submitted> returned = rows.stream().filter(row -> row.status() == ReviewStatus.RETURNED
                && row.returnedAt() != null && !row.returnedAt().isBefore(since)).toList();
        List<Duration> turnarounds = returned.stream().map(ReviewStatistics::turnaround).toList();
        Map<String, List<Duration>> byMentor = new TreeMap<>();
        returned.forEach(row -> byMentor.computeIfAbsent(Objects.requireNonNullElse(row.mentor(), ""),
                any -> new ArrayList<>()).add(turnaround(row)));
        List<MentorTurnaround> mentors = byMentor.entrySet().stream()
                .map(entry -> new MentorTurnaround(entry.getKey(), entry.getValue().size(), median(entry.getValue())))
                .sorted(Comparator.comparing(MentorTurnaround::medianTurnaround).reversed()).toList();
        return new ReviewFigures(waiting.size(), oldest, inReview, returned.size(),
                turnarounds.isEmpty() ? null : median(turnarounds),
                turnarounds.stream().max(Comparator.naturalOrder()).orElse(null), mentors);
    }

    private static Duration turnaround(Submitted row) {
        return Duration.between(row.submittedAt(), Objects.requireNonNull(row.returnedAt()));
    }

    /** The middle value; for an even count, halfway between the two middle ones. */
    static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
