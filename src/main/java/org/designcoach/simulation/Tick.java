package org.designcoach.simulation;

import java.util.List;
import java.util.Map;

/**
 * One simulated second as users and operators see it.
 *
 * @param offeredRps    requests per second the clients sent, retries included
 * @param throughputRps requests per second that were answered without error
 * @param errorRate     the share of requests that failed: dropped by a full queue or sent to a component that is down
 * @param latency       end-to-end response times of the user's requests, over synchronous arrows only
 * @param utilisation   offered load over capacity by component id, clients left out; above 1 is overload,
 *                      infinite while a component is down and still sent requests
 * @param backlog       requests or messages waiting at the end of the second by component id, clients left
 *                      out: at most a second's capacity before a user-facing one, up to an hour's behind a
 *                      queue, where it shows the consumers' delay (backlog ÷ capacity) growing
 * @param flow          requests (or messages) per second each arrow carried, by "from->to" as the canvas
 *                      names arrows: reads and writes along synchronous arrows, writes along asynchronous
 *                      ones; arrows into clients are left out
 * @param down          ids of components with no instance running
 */
public record Tick(int second, double offeredRps, double throughputRps, double errorRate, Latency latency,
        Map<String, Double> utilisation, Map<String, Double> backlog, Map<String, Double> flow, List<String> down) {
}
