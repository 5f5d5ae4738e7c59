package org.designcoach.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.designcoach.MutableClock;
import org.junit.jupiter.api.Test;

class ApiRateLimitTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-24T10:00:00Z");
    private final ApiRateLimit limit = new ApiRateLimit(clock, 3);

    @Test
    void aTokenThatUsedItsBurstWaitsForTheApplicationClockToRefillIt() {
        for (int call = 0; call < 3; call++) {
            assertThat(limit.take(7).isConsumed()).isTrue();
        }

        var refused = limit.take(7);
        assertThat(refused.isConsumed()).isFalse();
        assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill())).isEqualTo(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(limit.take(7).isConsumed()).isTrue();
        assertThat(limit.take(7).isConsumed()).isFalse();
    }

    @Test
    void eachTokenHasItsOwnBucket() {
        for (int call = 0; call < 3; call++) {
            limit.take(7);
        }

        assertThat(limit.take(8).isConsumed()).isTrue();
    }

    @Test
    void aForgottenTokenLeavesNoBucketBehind() {
        limit.take(7);
        limit.take(8);

        limit.forget(7);

        assertThat(limit.bucketCount()).isEqualTo(1);
    }

    @Test
    void whenThereAreManyBucketsTheIdleOnesAreDropped() {
        for (long token = 0; token <= ApiRateLimit.SWEEP_ABOVE; token++) {
            limit.take(token);
        }
        limit.take(0);
        clock.advance(Duration.ofMinutes(1));
        limit.take(0);

        limit.take(-1);

        assertThat(limit.bucketCount()).isEqualTo(2);
    }

    @Test
    void aRateBelowOneCallAMinuteStopsTheStart() {
        assertThatThrownBy(() -> new ApiRateLimit(clock, 0)).hasMessageContaining("requests-per-minute");
    }
}
