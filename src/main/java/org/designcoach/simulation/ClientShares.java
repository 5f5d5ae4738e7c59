package org.designcoach.simulation;

import java.util.List;
import java.util.Locale;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * How the load divides between the clients. A client may state its {@code trafficShare} (a fleet of
 * devices sends nearly everything, a handful of operators almost nothing); the clients that state
 * none split what is left evenly. Shares that all are stated and add up to less than 1 are scaled up,
 * so that the whole load is always sent.
 */
final class ClientShares {

    private ClientShares() {
    }

    static double[] of(List<DesignComponent> components, int[] clients) {
        @Nullable Double[] stated = new Double[clients.length];
        double given = 0;
        int open = 0;
        for (int i = 0; i < clients.length; i++) {
            stated[i] = Properties.trafficShare(components.get(clients[i]));
            if (stated[i] == null) {
                open++;
            } else {
                given += stated[i];
            }
        }
        if (given > 1 + 1e-9) {
            throw new SimulationException(String.format(Locale.ROOT, "The clients' shares of the load add "
                    + "up to %.2f; together they can be at most 1. Lower one, or leave a share empty.", given));
        }
        double[] shares = new double[clients.length];
        for (int i = 0; i < clients.length; i++) {
            Double share = stated[i];
            shares[i] = share != null ? (open == 0 ? share / given : share) : (1 - given) / open;
        }
        return shares;
    }
}
