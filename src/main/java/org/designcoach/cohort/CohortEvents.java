package org.designcoach.cohort;

/**
 * What this feature announces, as Spring application events: who joined or left a cohort (for the
 * audit log), and that someone left one (or the cohort went), so that some mentor may no longer
 * mentor some learner and listeners re-check what they hold.
 */
public final class CohortEvents {

    private CohortEvents() {
    }

    /** A learner or a mentor was removed from the cohort, or the cohort was deleted. */
    public record MembershipNarrowed(long cohortId) {
    }

    /** How a person belongs to a cohort. */
    public enum Membership { LEARNER, MENTOR }

    /** An admin put a person in a cohort: who sees whom has changed. */
    public record MemberAdded(long cohortId, String cohortName, String username, Membership as, String actor) {
    }

    /** An admin took a person out of a cohort. */
    public record MemberRemoved(long cohortId, String cohortName, String username, Membership as, String actor) {
    }

    /** An admin deleted a cohort with all its memberships. */
    public record CohortDeleted(long cohortId, String cohortName, int learners, int mentors, String actor) {
    }
}
