package org.designcoach.simulation;

/**
 * The component with the highest utilisation over the run, and why, in words for a learner:
 * "SQL database: 4,100 writes/s against a capacity of 3,000".
 */
public record Bottleneck(String componentId, double utilisation, String reason) {
}
