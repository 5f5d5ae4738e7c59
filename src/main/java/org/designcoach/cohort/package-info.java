/**
 * Cohorts: teams or classes of learners with the mentors assigned to them. The API is
 * {@link org.designcoach.cohort.CohortService} for administrators and
 * {@link org.designcoach.cohort.Mentorship} for the features that must know who mentors whom.
 */
@NullMarked
package org.designcoach.cohort;

import org.jspecify.annotations.NullMarked;
