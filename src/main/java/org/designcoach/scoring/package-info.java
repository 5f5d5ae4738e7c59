/**
 * Scoring: judges a design against a case with the rules engine, using the learner's own estimates
 * when there are some. The canvas, the API and the practice session all score through here.
 */
@NullMarked
package org.designcoach.scoring;

import org.jspecify.annotations.NullMarked;
