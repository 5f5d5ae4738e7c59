package org.designcoach.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API token: a steady rate per minute, and the same number as a burst. */
class ApiRateLimit {

    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("designcoach.api.requests-per-minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    ConsumptionProbe take(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }

    int perMinute() {
        return perMinute;
    }
}
