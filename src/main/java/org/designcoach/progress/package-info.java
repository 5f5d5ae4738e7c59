/**
 * Learner progress: every attempt of a learner, scores and time per stage over weeks, estimation
 * accuracy, the rule categories that cost the most points, cases covered, a streak, and the case to
 * practise next. {@link org.designcoach.progress.ProgressService} checks who may look (the learner and
 * the mentors of their cohorts); the numbers themselves come from plain Java over the attempts'
 * stored results, so that a page of hundreds of attempts scores none of them again.
 */
@NullMarked
package org.designcoach.progress;

import org.jspecify.annotations.NullMarked;
