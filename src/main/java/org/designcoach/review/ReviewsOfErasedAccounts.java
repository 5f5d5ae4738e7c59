package org.designcoach.review;

import java.time.Clock;
import org.designcoach.security.AccountEvents.AccountErasing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an account is erased: a learner's submissions go with their attempts (cascading foreign keys);
 * a mentor's returned reviews stay with the learners they were written for, under the mentor's
 * anonymous id, and a review the mentor had claimed but not returned goes back to the queue, its draft
 * with it, for another mentor. Runs in the erasure's transaction.
 */
@Component
class ReviewsOfErasedAccounts {

    private final ReviewSubmissionRepository submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewsOfErasedAccounts(ReviewSubmissionRepository submissions,
            ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void erasing(AccountErasing event) {
        for (ReviewSubmission submission : submissions.findByMentor(event.username())) {
            if (submission.getStatus() == ReviewStatus.CLAIMED) {
                submission.release();
                events.publishEvent(new ReviewEvents.Released(submission.getId(), submission.getAttemptId(),
                        submission.getLearner(), event.username(), event.actor(), clock.instant()));
            }
        }
        submissions.renameMentor(event.username(), event.anonymousId());
    }
}
