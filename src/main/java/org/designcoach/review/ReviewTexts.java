package org.designcoach.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.designcoach.content.Levels;

/** How the review pages word statuses and dates, so that the lists and the review page agree. */
final class ReviewTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private ReviewTexts() {
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** "Waiting for a mentor", "With mona", "Returned 3 Dec 2026 10:00" — as the learner reads it. */
    static String statusForLearner(SubmissionSummary summary) {
        return switch (summary.status()) {
            case SUBMITTED -> "Waiting for a mentor";
            case CLAIMED -> "In review with " + mentor(summary);
            case RETURNED -> "Returned " + returned(summary) + (summary.replied() ? ", you replied" : "");
        };
    }

    /** "Waiting", "Claimed by mona", "Returned by mona" — as mentors read it. */
    static String statusForMentor(SubmissionSummary summary) {
        return switch (summary.status()) {
            case SUBMITTED -> "Waiting";
            case CLAIMED -> "Claimed by " + mentor(summary);
            case RETURNED -> "Returned by " + mentor(summary) + (summary.replied() ? ", learner replied" : "");
        };
    }

    static String caseAndLevel(SubmissionSummary summary) {
        return summary.caseTitle() + " (" + Levels.label(summary.level()) + ")";
    }

    private static String mentor(SubmissionSummary summary) {
        String mentor = summary.mentor();
        return mentor == null ? "a mentor whose account was removed" : mentor;
    }

    private static String returned(SubmissionSummary summary) {
        Instant at = summary.returnedAt();
        return at == null ? "" : when(at);
    }
}
