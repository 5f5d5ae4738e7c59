package org.designcoach.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token: a steady rate per minute, and the same number as a burst. The
 * buckets run on the application's clock, and a revoked token's bucket is dropped at once.
 */
@Component
class ApiRateLimit {

    /** Above this many buckets, the full ones are dropped: a full bucket is the same as a new one. */
    static final int SWEEP_ABOVE = 1_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(Clock clock, @Value("${designcoach.api.requests-per-minute:60}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("designcoach.api.requests-per-minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.time = new ClockTime(clock);
    }

    ConsumptionProbe take(long tokenId) {
        if (buckets.size() > SWEEP_ABOVE) {
            dropFullBuckets();
        }
        return buckets.computeIfAbsent(tokenId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
    }

    /** Forgets a token's bucket, such as when the token is revoked and can never call again. */
    void forget(long tokenId) {
        buckets.remove(tokenId);
    }

    int perMinute() {
        return perMinute;
    }

    int bucketCount() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private void dropFullBuckets() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
    }

    /** The injected clock as bucket4j's time source, so that tests move time by hand. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
