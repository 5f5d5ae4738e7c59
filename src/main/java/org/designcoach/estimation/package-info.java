/**
 * The estimation engine: quantities with units, a parser for what learners type, a calculator for the
 * formulas of a case's reference estimate, and the checks of a learner's worksheet against it.
 * Plain Java without Spring, Vaadin or JPA, deterministic, so it is tested in milliseconds.
 */
@NullMarked
package org.designcoach.estimation;

import org.jspecify.annotations.NullMarked;
