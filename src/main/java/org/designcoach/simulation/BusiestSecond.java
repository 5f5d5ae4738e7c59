package org.designcoach.simulation;

/**
 * A station at the one second of the run when its offered load over capacity was highest: a snapshot,
 * reported apart from the run's means so that one noisy or overloaded second is never taken for the run.
 *
 * @param second          the second of the run, from 0
 * @param utilisation     offered load over capacity that second; infinite if it was sent requests while down
 * @param arrivalsRps     requests offered that second
 * @param throughputRps   requests served that second
 * @param meanQueueLength requests in the station that second, L = λW
 * @param meanResponseMs  W = Wq + S that second
 * @param waitProbability the chance a request waited that second
 * @param response        response-time percentiles that second
 * @param backlog         requests carried into the next second
 */
public record BusiestSecond(int second, double utilisation, double arrivalsRps, double throughputRps,
        double meanQueueLength, double meanResponseMs, double waitProbability, Latency response, double backlog) {

    static final BusiestSecond NONE = new BusiestSecond(0, 0, 0, 0, 0, 0, 0, Latency.ZERO, 0);
}
