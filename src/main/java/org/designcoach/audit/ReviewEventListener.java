package org.designcoach.audit;

import org.designcoach.review.ReviewEvents.Claimed;
import org.designcoach.review.ReviewEvents.Released;
import org.designcoach.review.ReviewEvents.Replied;
import org.designcoach.review.ReviewEvents.Returned;
import org.designcoach.review.ReviewEvents.Submitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the review feature's actions: who asked for a review of which attempt, which mentor
 * claimed and returned it, and the learner's reply. Synchronous, like {@link AccountEventListener},
 * so an action that rolls back leaves no entry.
 */
@Component
class ReviewEventListener {

    private final AuditLog log;

    ReviewEventListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void submitted(Submitted event) {
        log.record(AuditEventType.REVIEW_SUBMITTED, event.learner(), event.learner(),
                "Asked for a review of attempt " + event.attemptId() + " (submission " + event.submissionId() + ")");
    }

    @EventListener
    void claimed(Claimed event) {
        log.record(AuditEventType.REVIEW_CLAIMED, event.mentor(), event.learner(),
                "Claimed submission " + event.submissionId() + " of attempt " + event.attemptId());
    }

    @EventListener
    void released(Released event) {
        log.record(AuditEventType.REVIEW_RELEASED, event.by(), event.learner(), event.by().equals(event.mentor())
                ? "Gave submission " + event.submissionId() + " back to the queue"
                : "Submission " + event.submissionId() + " went back to the queue: " + event.mentor()
                        + " no longer mentors " + event.learner());
    }

    @EventListener
    void returned(Returned event) {
        log.record(AuditEventType.REVIEW_RETURNED, event.mentor(), event.learner(),
                "Returned the review of submission " + event.submissionId());
    }

    @EventListener
    void replied(Replied event) {
        log.record(AuditEventType.REVIEW_REPLIED, event.learner(), event.mentor(),
                "Replied to the review of submission " + event.submissionId());
    }
}
