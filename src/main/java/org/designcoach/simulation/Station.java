package org.designcoach.simulation;

/**
 * One queue in front of a component's instances, stepped one second at a time. Each instance works
 * on k requests at once, each for a mean service time S, so c instances are an M/M/(c·k) station with
 * μ = 1/S per server: W = Wq + S exactly. Within a second the M/M/c formulas give the waiting while
 * the station keeps up; across seconds a fluid backlog carries what could not be served, and in a
 * second that ends with a backlog the wait is the backlog actually held (its mean over the second ÷
 * the capacity), not a steady-state queue that a second of overload never builds. The backlog is
 * bounded, and what does not fit is dropped and counts as an error:
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
     * Beyond this the M/M/c queue has no steady state within reach of a second; a station that keeps
     * up at a higher load is taken at this one for its random part.
     */
    static final double MAX_STEADY_UTILISATION = 0.99;

    private final int concurrency;
    private final double ratePerServer;
    private final double serviceTimeSeconds;
    private final double queueSeconds;
    private final boolean holdsMessages;
    private final double messageLimit;
    private int instances;
    private int servers;
    private double backlog;

    private double arrivals;
    private double served;
    private double dropped;
    private double heldBacklog;
    private double waitProbability;
    private double drainRate;
    private int lastServers = -1;
    private double lastLoad = Double.NaN;

    /**
     * @param instances     c, the instances running at the start
     * @param concurrency   k, the requests one instance works on at once
     * @param capacity      requests per second one instance serves, k / S
     * @param holdsMessages true for a consumer behind an asynchronous hand-off: the backlog survives
     *                      it being down, up to {@code queueSeconds} of the designed capacity
     */
    Station(int instances, int concurrency, double capacity, double queueSeconds, boolean holdsMessages) {
        this.concurrency = concurrency;
        this.ratePerServer = capacity / concurrency;
        this.serviceTimeSeconds = concurrency / capacity;
        this.queueSeconds = queueSeconds;
        this.holdsMessages = holdsMessages;
        setServers(instances);
        this.messageLimit = capacity() * queueSeconds;
    }

    /** Sets how many instances run; each brings its k servers. */
    void setServers(int count) {
        instances = Math.max(0, count);
        servers = instances * concurrency;
    }

    /** Takes one second of arrivals and serves what the instances can. */
    void step(double arrivalsPerSecond) {
        arrivals = arrivalsPerSecond;
        double capacity = capacity();
        double carriedIn = backlog;
        double waiting = backlog + arrivals;
        served = Math.min(waiting, capacity);
        backlog = waiting - served;
        dropped = Math.max(0, backlog - backlogLimit(capacity));
        backlog -= dropped;
        heldBacklog = (carriedIn + backlog) / 2;
        if (capacity <= 0) {
            waitProbability = 0;
            drainRate = 0;
            return;
        }
        if (backlog > 0) {
            // Saturated all second: every request queues behind the backlog, which is the whole wait.
            waitProbability = 1;
            drainRate = 0;
            return;
        }
        double steadyRate = Math.min(served, MAX_STEADY_UTILISATION * capacity);
        if (servers != lastServers || steadyRate != lastLoad) {
            waitProbability = Queueing.erlangC(servers, steadyRate / ratePerServer);
            lastServers = servers;
            lastLoad = steadyRate;
        }
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

    int servers() {
        return servers;
    }

    int instances() {
        return instances;
    }

    int concurrency() {
        return concurrency;
    }

    /** The mean service time S of one request, in seconds: 1/μ. */
    double serviceTime() {
        return serviceTimeSeconds;
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

    /** The share of this second's arrivals that went on: more than 1 while a backlog drains. */
    double passFraction() {
        return arrivals > 0 ? served / arrivals : 0;
    }

    /** The share of this second's arrivals that were dropped. */
    double dropFraction() {
        return arrivals > 0 ? Math.min(1, dropped / arrivals) : 0;
    }

    /** The chance that a request served this second waited: Erlang C, or 1 behind a backlog. */
    double waitProbability() {
        return waitProbability;
    }

    /** Seconds a request waits behind the backlog held this second: its mean over the second ÷ the capacity. */
    double backlogWait() {
        double capacity = capacity();
        return capacity > 0 ? heldBacklog / capacity : 0;
    }

    /** Wq: Erlang C's mean wait C / (cμ − λ) plus the backlog's, in seconds. */
    double meanWait() {
        return (drainRate > 0 ? waitProbability / drainRate : 0) + backlogWait();
    }

    /** W = Wq + S. */
    double meanResponse() {
        return meanWait() + serviceTimeSeconds;
    }

    /** L = λW over the requests served this second (Little's law); the M/M/c L = Lq + λS is the same number. */
    double meanQueueLength() {
        return served * meanResponse();
    }

    /** The response time below which a fraction p of requests finish, in seconds. */
    double responseQuantile(double p) {
        return serviceTimeSeconds + backlogWait() + Queueing.waitQuantile(waitProbability, drainRate, p);
    }

    /**
     * The response time as atoms: no wait with probability 1−C, else an exponential wait of mean
     * 1/(cμ−λ); each after the mean service time S (percentiles take a request's own service at its mean).
     */
    Distribution distribution() {
        double fixed = serviceTimeSeconds + backlogWait();
        return drainRate > 0 ? Distribution.station(fixed, waitProbability, 1 / drainRate) : Distribution.fixed(fixed);
    }
}
