package org.designcoach.simulation;

/**
 * How a component behaves in the flow of requests. The engine knows no component type by name: the
 * caller says which role each type plays (in its {@link ComponentProfile}), the app from the kind and
 * capabilities that the component catalog gives each type.
 */
public enum FlowRole {
    /** Where requests start; it sends the load and queues nothing. */
    CLIENT,
    /** Spreads its requests over what it points to: load balancers, gateways, DNS, a mesh. */
    BALANCER,
    /** Answers a share of reads (its hit ratio) itself and passes the misses on. */
    CACHE,
    /** Holds work for consumers, each message taken by one of them. */
    QUEUE,
    /** An ordered log or bus: every consumer reads every event. */
    TOPIC,
    /** Keeps data; reads may spread over read replicas, writes go to the primary. */
    DATABASE,
    /** Runs code: it calls everything it points to. */
    SERVICE,
    /** Telemetry, delivery, secrets and cost tools: drawn and paid for, but off the request path. */
    OPERATIONS,
    /** A dead-letter queue: it takes only the messages that failed, which the flow does not follow one by one. */
    DEAD_LETTERS;

    /** Arrows into these are asynchronous whatever they are drawn as: the sender does not wait. */
    boolean isAsynchronous() {
        return this == QUEUE || this == TOPIC;
    }

    /** Arrows into these carry nothing: requests start at clients and never reach the others. */
    boolean receivesNothing() {
        return this == CLIENT || this == OPERATIONS || this == DEAD_LETTERS;
    }

    /** These split their requests over what they point to; the others call all of it. */
    boolean splits() {
        return this == BALANCER || this == QUEUE;
    }
}
