package org.designcoach.review;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a cohort's reviews stand, for its report.
 *
 * @param waiting submissions no mentor has claimed yet
 * @param oldestWaiting how long the oldest of them has waited; null when none waits
 * @param inReview submissions a mentor has claimed and not yet returned
 * @param returned submissions returned within the report's period
 * @param medianTurnaround from submission to return, over those returned in the period; null when none
 * @param longestTurnaround the longest of those; null when none
 * @param mentors the same per mentor who returned any, slowest median first
 */
public record ReviewFigures(int waiting, @Nullable Duration oldestWaiting, int inReview, int returned,
        @Nullable Duration medianTurnaround, @Nullable Duration longestTurnaround, List<MentorTurnaround> mentors) {

    public ReviewFigures {
        mentors = List.copyOf(mentors);
    }

    /** One mentor's returns in the period; {@code mentor} is empty for an account that no longer exists. */
    public record MentorTurnaround(String mentor, int returned, Duration medianTurnaround) {
    }
}
