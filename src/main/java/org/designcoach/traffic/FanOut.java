package org.designcoach.traffic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.designcoach.simulation.SimulationRun;
import org.designcoach.simulation.Tick;

/**
 * Says so when a component received more requests than the whole load sent in. That is never the
 * simulator inventing traffic: an arrow means "calls", and every component but a balancer or a queue
 * calls each of its arrows on every request, so two paths that meet again both deliver to it.
 */
final class FanOut {

    /** Ratios up to this are rounding; beyond it a component really is reached more than once per request. */
    private static final double TOLERANCE = 1.001;

    private FanOut() {
    }

    /** The sentence for the component that received the most per request offered, when that is more than one. */
    static Optional<String> note(SimulationRun run) {
        Map<String, String> names = new HashMap<>();
        run.summary().stations().forEach(s -> names.putIfAbsent(s.componentId(), s.name()));
        String worst = null;
        double ratio = TOLERANCE;
        double inflow = 0;
        double offered = 0;
        for (Tick tick : run.ticks()) {
            if (tick.offeredRps() <= 0) {
                continue;
            }
            for (Map.Entry<String, Double> in : into(tick).entrySet()) {
                double r = in.getValue() / tick.offeredRps();
                if (r > ratio && names.containsKey(in.getKey())) {
                    worst = in.getKey();
                    ratio = r;
                    inflow = in.getValue();
                    offered = tick.offeredRps();
                }
            }
        }
        if (worst == null) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s received %,.0f requests/s while %,.0f/s were sent in "
                + "(%.1f× the load). The drawing does that, not the simulator: an arrow means \"calls\", and every "
                + "component except a balancer or a queue calls each of its arrows on every request, so paths that "
                + "meet again both deliver. Where traffic should be split, put a balancer in front.",
                names.get(worst), inflow, offered, ratio));
    }

    /** What every component received this second, summed over the arrows into it. */
    static Map<String, Double> into(Tick tick) {
        Map<String, Double> in = new HashMap<>();
        tick.flow().forEach((arrow, carried) -> {
            int split = arrow.indexOf("->");
            if (split > 0 && Double.isFinite(carried)) {
                in.merge(arrow.substring(split + 2), carried, Double::sum);
            }
        });
        return in;
    }
}
