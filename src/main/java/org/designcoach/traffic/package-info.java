/**
 * The traffic simulator in the application: the catalog's figures as the engine's profiles, the
 * case's or the learner's load, scenarios chosen by name, and the panel that plays a run back.
 */
@NullMarked
package org.designcoach.traffic;

import org.jspecify.annotations.NullMarked;
