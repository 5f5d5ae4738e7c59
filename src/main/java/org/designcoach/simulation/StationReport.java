package org.designcoach.simulation;

/**
 * One queueing station over a run. A database with read replicas has two stations: the primary, and
 * the replicas ({@code replicas} true). The run's figures are means over every second (queue length
 * and utilisation) or over every request served (times, the chance of waiting), so that Little's law
 * L = X·W holds for them; the busiest second is reported apart.
 *
 * @param instances             c, the instances drawn (or read replicas)
 * @param concurrency           k, the requests one instance works on at once: capacity × service time,
 *                              rounded, at least 1; the station is M/M/(c·k)
 * @param serviceTimeMs         S, the mean service time the station ran with: k / capacity per instance
 * @param statedServiceTimeMs   the service time the catalog or the component states; differs from
 *                              {@code serviceTimeMs} when k had to be rounded, in which case the capacity
 *                              was kept and the service time adjusted
 * @param capacityRps           the designed capacity, every instance up: c·k/S
 * @param meanUtilisation       offered load over capacity over the run (Σ arrivals ÷ Σ capacity); infinite
 *                              if it was sent requests and never had an instance up
 * @param sustainedUtilisation  the load the bottleneck is judged on: the higher of the run's mean and its
 *                              95th-percentile second, so that one noisy second never decides
 * @param throughputRps         X, requests served per second over the run
 * @param meanQueueLength       L, requests waiting or in service, averaged over the run
 * @param meanResponseMs        W = Wq + S, averaged over the requests served
 * @param meanWaitMs            Wq, averaged over the requests served
 * @param waitProbability       the share of requests served that had to wait (Erlang C, or 1 behind a backlog)
 * @param droppedRequests       requests dropped over the whole run
 * @param maxBacklog            the largest backlog carried from one second to the next
 * @param busiestSecond         the station at its most loaded second, labelled as such
 */
public record StationReport(String componentId, String name, String type, boolean replicas, int instances,
        int concurrency, double serviceTimeMs, double statedServiceTimeMs, double capacityRps, double meanUtilisation,
        double sustainedUtilisation, double throughputRps, double meanQueueLength, double meanResponseMs,
        double meanWaitMs, double waitProbability, double droppedRequests, double maxBacklog,
        BusiestSecond busiestSecond) {

    /** The utilisation of the busiest second. */
    public double peakUtilisation() {
        return busiestSecond.utilisation();
    }

    /** Whether k had to be rounded so far that the station runs with another service time than stated. */
    public boolean serviceTimeAdjusted() {
        return Math.abs(serviceTimeMs - statedServiceTimeMs)
                > ComponentProfile.ADJUSTMENT_WORTH_SAYING * Math.max(serviceTimeMs, statedServiceTimeMs);
    }
}
