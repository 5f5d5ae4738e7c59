package org.designcoach.cohort;

/**
 * What this feature announces, as Spring application events: someone left a cohort (or the cohort
 * went), so some mentor may no longer mentor some learner. Listeners re-check what they hold.
 */
public final class CohortEvents {

    private CohortEvents() {
    }

    /** A learner or a mentor was removed from the cohort, or the cohort was deleted. */
    public record MembershipNarrowed(long cohortId) {
    }
}
