/**
 * Cohort reports for the people who run Design Coach: attempts per learner and week, the score of each
 * stage across the cohort, the weakest skills, the reviews waiting and how fast mentors return them.
 * {@link org.designcoach.reporting.CohortReports} checks who may read a cohort's report (administrators,
 * and the cohort's own mentors); the figures are plain Java over the attempts' stored results, and
 * the page, the API and the CSV download all show the same {@link org.designcoach.reporting.CohortReport}.
 */
@NullMarked
package org.designcoach.reporting;

import org.jspecify.annotations.NullMarked;
