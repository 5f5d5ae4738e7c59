package org.designcoach.review;

import java.time.Clock;
import org.designcoach.cohort.CohortEvents;
import org.designcoach.cohort.Mentorship;
import org.designcoach.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When someone leaves a cohort, a mentor may hold a claimed submission of a learner they no longer
 * mentor: they could neither open nor return it, and nobody else could claim it. Such claims go
 * back to the queue, the draft with them, in the transaction of the cohort change.
 */
@Component
class ClaimsAfterCohortChanges {

    private final ReviewSubmissionRepository submissions;
    private final Mentorship mentorship;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimsAfterCohortChanges(ReviewSubmissionRepository submissions, Mentorship mentorship,
            ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.mentorship = mentorship;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void membershipNarrowed(CohortEvents.MembershipNarrowed event) {
        for (ReviewSubmission claimed : submissions.findByStatus(ReviewStatus.CLAIMED)) {
            String mentor = claimed.getMentor();
            if (mentor != null && !mentorship.mentors(mentor, claimed.getLearner())) {
                claimed.release();
                events.publishEvent(new ReviewEvents.Released(claimed.getId(), claimed.getAttemptId(),
                        claimed.getLearner(), mentor, CurrentUser.username(), clock.instant()));
            }
        }
    }
}
