package org.designcoach.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.designcoach.simulation.Queueing;
import org.designcoach.simulation.StationReport;

/**
 * The M/M/c formulas for one station with this run's numbers filled in, as sentences a learner can
 * check by hand. The inputs are the station at its busiest second; the engine applies the same
 * formulas each second, so its measured mean response agrees with W here for a steady run.
 *
 * @param arrivals       λ, requests per second offered at the busiest second; infinite when the station was down
 * @param servers        c, the instances (or replicas) serving this station
 * @param ratePerServer  μ, requests per second one instance serves
 * @param serviceMs      the time of one request at an idle instance
 */
record StationFigures(StationReport station, double arrivals, int servers, double ratePerServer, double serviceMs) {

    static StationFigures of(StationReport station, double ratePerServer, double serviceMs) {
        int servers = ratePerServer > 0 ? Math.max(1, (int) Math.round(station.capacityRps() / ratePerServer)) : 0;
        return new StationFigures(station, station.peakUtilisation() * station.capacityRps(), servers,
                ratePerServer, serviceMs);
    }

    double utilisation() {
        return arrivals / (servers * ratePerServer);
    }

    /** Erlang C, the chance that a request waits: the simulator's own formula, so the page shows what it used. */
    double waitProbability() {
        return Queueing.erlangC(servers, arrivals / ratePerServer);
    }

    /** Wq = C / (cμ − λ), in milliseconds. */
    double meanWaitMs() {
        return waitProbability() / (servers * ratePerServer - arrivals) * 1000;
    }

    /** The explanation, one sentence per line; what a line says depends on whether the station kept up. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        String name = station.name() + (station.replicas() ? " (read replicas)" : "");
        if (!Double.isFinite(arrivals)) {
            lines.add(name + " was down while requests still arrived: with c = 0 instances nothing is served, so "
                    + "every request sent to it failed (" + count(station.droppedRequests()) + " in this run).");
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "%s at its busiest second: λ = %s requests/s arrive, c = %d %s μ = %s/s, "
                + "so the capacity cμ = %s/s.", name, count(arrivals), servers,
                servers == 1 ? "instance serves" : "instances each serve", count(ratePerServer),
                count(servers * ratePerServer)));
        double rho = utilisation();
        if (rho < 1) {
            lines.add(String.format(Locale.ROOT, "Utilisation ρ = λ / cμ = %.2f. Erlang C gives the chance that a "
                    + "request waits: C = %.2f.", rho, waitProbability()));
            lines.add(String.format(Locale.ROOT, "Mean wait Wq = C / (cμ − λ) = %s ms; with %s ms of service, the mean "
                    + "time in the component is W = %s ms (the simulator measured %s ms).", ms(meanWaitMs()),
                    ms(serviceMs), ms(meanWaitMs() + serviceMs), ms(station.meanResponseMs())));
        } else {
            lines.add(String.format(Locale.ROOT, "Utilisation ρ = λ / cμ = %.2f: at 1 or more the queue has no steady "
                    + "state. Every second %s more requests arrive than leave; they wait in a backlog of up to a "
                    + "second of capacity, and the rest are dropped.", rho, count(arrivals - servers * ratePerServer)));
        }
        lines.add(String.format(Locale.ROOT, "Response time at that second: p95 %s ms, p99 %s ms. Requests in the "
                + "component L = λW = %s (Little's law).", ms(station.response().p95Ms()),
                ms(station.response().p99Ms()), count(station.meanQueueLength())));
        lines.add(String.format(Locale.ROOT, "Largest backlog carried into the next second: %s requests; dropped over "
                + "the run: %s.", count(station.maxBacklog()), count(station.droppedRequests())));
        return lines;
    }

    private static String count(double value) {
        return value >= 10 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ms(double value) {
        return value >= 10 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
