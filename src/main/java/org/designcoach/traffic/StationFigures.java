package org.designcoach.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.designcoach.simulation.BusiestSecond;
import org.designcoach.simulation.Queueing;
import org.designcoach.simulation.StationReport;

/**
 * The M/(M)/c formulas for one station with this run's numbers filled in, as sentences a learner can
 * check by hand. The inputs are the station's means over the run: c instances each working on k
 * requests at once for a mean service time S make an M/M/(c·k) queue with μ = 1/S per server. The
 * engine applies the same formulas each second, so for a steady run its measured figures agree with
 * these; the busiest second is described apart.
 *
 * @param arrivals λ, requests per second offered on average over the run; infinite when the station
 *                 never had an instance up and was still sent requests
 */
record StationFigures(StationReport station, double arrivals) {

    static StationFigures of(StationReport station) {
        return new StationFigures(station, station.meanUtilisation() * station.capacityRps());
    }

    /** n = c·k, the servers of the queue. */
    int servers() {
        return station.instances() * station.concurrency();
    }

    /** μ = 1/S, requests per second one server finishes. */
    double ratePerServer() {
        return 1000 / station.serviceTimeMs();
    }

    double utilisation() {
        return arrivals / station.capacityRps();
    }

    /** Erlang C, the chance that a request waits: the simulator's own formula, so the page shows what it used. */
    double waitProbability() {
        return Queueing.erlangC(servers(), arrivals / ratePerServer());
    }

    /** Wq = C / (nμ − λ), in milliseconds. */
    double meanWaitMs() {
        return waitProbability() / (station.capacityRps() - arrivals) * 1000;
    }

    /** The explanation, one sentence per line; what a line says depends on whether the station kept up. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        String name = station.name() + (station.replicas() ? " (read replicas)" : "");
        if (!Double.isFinite(arrivals)) {
            lines.add(name + " was down while requests still arrived: with no instance up nothing is served, so "
                    + "every request sent to it failed (" + count(station.droppedRequests()) + " in this run).");
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "%s over the run: λ = %s requests/s arrive on average; c = %d %s on "
                + "k = %d %s at once for S = %s ms each, so it is a queue of c·k = %,d servers with μ = 1/S = %s/s "
                + "and a capacity c·k·μ = %s/s.", name, count(arrivals), station.instances(),
                station.instances() == 1 ? "instance works" : "instances each work", station.concurrency(),
                station.concurrency() == 1 ? "request" : "requests", ms(station.serviceTimeMs()), servers(),
                count(ratePerServer()), count(station.capacityRps())));
        if (station.serviceTimeAdjusted()) {
            lines.add(String.format(Locale.ROOT, "The stated service time of %s ms and the capacity do not make a "
                    + "whole number of requests at once; the capacity was kept, k rounded to %d, and the service "
                    + "time used is %s ms.", ms(station.statedServiceTimeMs()), station.concurrency(),
                    ms(station.serviceTimeMs())));
        }
        double rho = utilisation();
        if (rho < 1) {
            lines.add(String.format(Locale.ROOT, "Utilisation ρ = λ / (c·k·μ) = %.2f. Erlang C gives the chance that a "
                    + "request waits: C = %.3f.", rho, waitProbability()));
            lines.add(String.format(Locale.ROOT, "Mean wait Wq = C / (c·k·μ − λ) = %s ms; the mean time in the "
                    + "component is W = Wq + S = %s ms (the simulator measured %s ms, waiting %s ms).",
                    ms(meanWaitMs()), ms(meanWaitMs() + station.serviceTimeMs()), ms(station.meanResponseMs()),
                    ms(station.meanWaitMs())));
        } else {
            lines.add(String.format(Locale.ROOT, "Utilisation ρ = λ / (c·k·μ) = %.2f: at 1 or more the queue has no "
                    + "steady state. Every second %s more requests arrive than leave; they wait in a backlog (a "
                    + "request waits backlog ÷ capacity), and what exceeds the backlog's room is dropped.", rho,
                    count(arrivals - station.capacityRps())));
        }
        lines.add(String.format(Locale.ROOT, "Requests in the component L = X·W = %s, with X = %s requests/s "
                + "served (Little's law).", count(station.meanQueueLength()), count(station.throughputRps())));
        BusiestSecond busiest = station.busiestSecond();
        lines.add(Double.isFinite(busiest.utilisation()) ? String.format(Locale.ROOT, "Busiest second (second %d): "
                + "%s requests/s, %.0f %% of capacity, mean response %s ms, p99 %s ms, %s requests carried into the "
                + "next second.", busiest.second(), count(busiest.arrivalsRps()), busiest.utilisation() * 100,
                ms(busiest.meanResponseMs()), ms(busiest.response().p99Ms()), count(busiest.backlog()))
                : String.format(Locale.ROOT, "%s was down while requests still arrived from second %d: with no "
                        + "instance up nothing is served there, so the figures above mix the seconds before and "
                        + "after, and every request sent to it while down failed or waited in its queue.", name,
                        busiest.second()));
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
