/**
 * Mentor reviews: a learner submits a finished attempt, a mentor of one of their cohorts claims it,
 * scores every stage against the rubric, pins comments to stages or components and returns it; the
 * learner reads the review over their own design, and the two talk it over in as many messages each way as
 * they need. Mentors are told when a learner of theirs submits. The API is
 * {@link org.designcoach.review.ReviewService}; {@link org.designcoach.review.ReviewEvents} are
 * announced for the audit log.
 */
@NullMarked
package org.designcoach.review;

import org.jspecify.annotations.NullMarked;
