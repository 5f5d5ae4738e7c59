package org.designcoach.session;

import java.util.Arrays;

/**
 * The order of magnitude of peak traffic and the kind of architecture it calls for. The bounds are
 * those the rules engine uses to judge a design as too small or too big, so that what the learner is
 * told here is what the design stage holds them to.
 */
enum ScaleTier {

    SMALL(0, "under 100 requests per second",
            "one application and one relational database fit; add a cache only if reads dominate"),
    MEDIUM(100, "100 to 10,000 requests per second",
            "a few stateless services behind a load balancer, a managed database and a cache layer"),
    LARGE(10_000, "10,000 to 100,000 requests per second",
            "partitioned data, read replicas, a CDN and queues to take work off the request path"),
    HUGE(100_000, "over 100,000 requests per second",
            "several regions, caching at the edge and components built for the purpose");

    private final double from;
    private final String range;
    private final String calls;

    ScaleTier(double from, String range, String calls) {
        this.from = from;
        this.range = range;
        this.calls = calls;
    }

    static ScaleTier of(double peakQps) {
        return Arrays.stream(values()).filter(tier -> peakQps >= tier.from).reduce((lower, higher) -> higher)
                .orElse(SMALL);
    }

    String range() {
        return range;
    }

    /** What a design at this tier needs, in a clause that follows "At this load". */
    String calls() {
        return calls;
    }
}
