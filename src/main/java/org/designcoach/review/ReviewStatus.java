package org.designcoach.review;

/** Where a submission stands: waiting in the queue, with one mentor, or back with the learner. */
public enum ReviewStatus {
    SUBMITTED,
    CLAIMED,
    RETURNED
}
