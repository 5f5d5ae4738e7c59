/**
 * The traffic simulator's engine: a design becomes a network of queueing stations, and a scenario
 * drives load through it one simulated second at a time. Plain Java without Spring, Vaadin or JPA,
 * deterministic for a given seed, so it is tested against queueing theory and benchmarked with JMH.
 * Start at {@link org.designcoach.simulation.SimulationModel}; docs/simulation.md explains the model.
 */
@NullMarked
package org.designcoach.simulation;

import org.jspecify.annotations.NullMarked;
