package org.designcoach.simulation;

/**
 * One queue in front of a component's instances, stepped one second at a time. Within a second
 * the M/M/c formulas give the waiting; across seconds a fluid backlog carries what could not be
 * served. The backlog is bounded, and what does not fit is dropped and counts as an error:
 * <ul>
 * <li>a user's request (or a message to a queue or stream that is itself the station) waits at most
 * {@code queueSeconds} of the capacity still running, and a station with no instance up drops
 * everything at once;</li>
 * <li>a message for a consumer behind an asynchronous hand-off ({@code holdsMessages}) waits in its
 * queue, whose size is {@code queueSeconds} of the capacity the consumers were designed with: while
 * they are down, messages pile up there until it is full instead of being lost.</li>
 * </ul>
 */
final class Station {

    /**
     * Beyond this the M/M/c queue has no steady state; above it the fluid backlog describes the
     * waiting, and the random part is held at its value here.
     */
    static final double MAX_STEADY_UTILISATION = 0.99;

    private final double ratePerServer;
    private final double serviceTimeSeconds;
    private final double queueSeconds;
    private final boolean holdsMessages;
    private final double messageLimit;
    private int servers;
    private double backlog;

    private double arrivals;
    private double served;
    private double dropped;
    private double waitProbability;
    private double drainRate;

    /**
     * @param holdsMessages true for a consumer behind an asynchronous hand-off: the backlog survives
     *                      it being down, up to {@code queueSeconds} of the designed capacity
     */
    Station(int servers, double ratePerServer, double serviceTimeMs, double queueSeconds, boolean holdsMessages) {
        this.servers = servers;
        this.ratePerServer = ratePerServer;
        this.serviceTimeSeconds = serviceTimeMs / 1000;
        this.queueSeconds = queueSeconds;
        this.holdsMessages = holdsMessages;
        this.messageLimit = servers * ratePerServer * queueSeconds;
    }

    void setServers(int count) {
        servers = Math.max(0, count);
    }

    /** Takes one second of arrivals and serves what the instances can. */
    void step(double arrivalsPerSecond) {
        arrivals = arrivalsPerSecond;
        double capacity = capacity();
        double waiting = backlog + arrivals;
        served = Math.min(waiting, capacity);
        backlog = waiting - served;
        dropped = Math.max(0, backlog - backlogLimit(capacity));
        backlog -= dropped;
        if (capacity <= 0) {
            waitProbability = 0;
            drainRate = 0;
            return;
        }
        double steadyRate = Math.min(served, MAX_STEADY_UTILISATION * capacity);
        waitProbability = Queueing.erlangC(servers, steadyRate / ratePerServer);
        drainRate = capacity - steadyRate;
    }

    double capacity() {
        return servers * ratePerServer;
    }

    /** The most that may wait into the next second: a message queue's size, or a user's patience. */
    private double backlogLimit(double capacity) {
        return holdsMessages ? messageLimit : capacity * queueSeconds;
    }

    /** True for a consumer behind an asynchronous hand-off, whose backlog outlives its instances. */
    boolean holdsMessages() {
        return holdsMessages;
    }

    boolean isDown() {
        return servers == 0;
    }

    double arrivals() {
        return arrivals;
    }

    double served() {
        return served;
    }

    double dropped() {
        return dropped;
    }

    double backlog() {
        return backlog;
    }

    /** Offered load over capacity; above 1 the station is overloaded. Infinite when it is down with load. */
    double utilisation() {
        double capacity = capacity();
        if (capacity <= 0) {
            return arrivals > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return arrivals / capacity;
    }

    /** The share of this second's arrivals that were dropped. */
    double dropFraction() {
        return arrivals > 0 ? Math.min(1, dropped / arrivals) : 0;
    }

    /** Seconds a request waits behind the backlog that did not fit into earlier seconds. */
    double backlogWait() {
        double capacity = capacity();
        return capacity > 0 ? backlog / capacity : 0;
    }

    /** Erlang C's mean wait plus the backlog's, in seconds. */
    double meanWait() {
        return (drainRate > 0 ? waitProbability / drainRate : 0) + backlogWait();
    }

    double meanResponse() {
        return meanWait() + serviceTimeSeconds;
    }

    /**
     * Requests in the station: the M/M/c queue length C·ρ/(1−ρ), the backlog, and the requests in
     * service, λ times the service time (an instance works on many at once, which μ already counts).
     * With no instance up, only the backlog: messages waiting for consumers to return.
     */
    double meanQueueLength() {
        double capacity = capacity();
        if (capacity <= 0) {
            return backlog;
        }
        double rho = Math.min(served, MAX_STEADY_UTILISATION * capacity) / capacity;
        return waitProbability * rho / (1 - rho) + backlog + served * serviceTimeSeconds;
    }

    /** The response time below which a fraction p of requests finish, in seconds. */
    double responseQuantile(double p) {
        return serviceTimeSeconds + backlogWait() + Queueing.waitQuantile(waitProbability, drainRate, p);
    }

    /** The response time as atoms: no wait with probability 1−C, else an exponential wait of mean 1/(cμ−λ). */
    Distribution distribution() {
        double fixed = serviceTimeSeconds + backlogWait();
        return drainRate > 0 ? Distribution.station(fixed, waitProbability, 1 / drainRate) : Distribution.fixed(fixed);
    }
}
