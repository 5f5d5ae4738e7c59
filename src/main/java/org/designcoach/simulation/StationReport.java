package org.designcoach.simulation;

/**
 * One queueing station over a run, measured at its busiest second. A database with read replicas
 * has two stations: the primary, and the replicas ({@code replicas} true).
 *
 * @param capacityRps      the designed capacity, every instance up
 * @param peakUtilisation  the highest offered load over capacity in any second; infinite if it was sent
 *                         requests while down
 * @param throughputRps    requests served per second at the busiest second
 * @param meanQueueLength  requests waiting or in service at the busiest second: L in Little's law
 * @param meanResponseMs   mean wait plus service time at the busiest second: W in Little's law
 * @param response         response-time percentiles at the busiest second
 * @param droppedRequests  requests dropped over the whole run
 * @param maxBacklog       the largest backlog carried from one second to the next
 */
public record StationReport(String componentId, String name, String type, boolean replicas, double capacityRps,
        double peakUtilisation, double throughputRps, double meanQueueLength, double meanResponseMs, Latency response,
        double droppedRequests, double maxBacklog) {
}
