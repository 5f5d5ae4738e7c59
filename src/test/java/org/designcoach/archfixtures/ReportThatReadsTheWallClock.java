package org.designcoach.archfixtures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/** Three readings of the wall clock the Clock rule must catch, and one through a Clock it must let pass. */
public class ReportThatReadsTheWallClock {

    public Instant generatedAt() {
        return Instant.now();
    }

    public LocalDateTime printedAt() {
        return LocalDateTime.now();
    }

    public long elapsedSince(long startMillis) {
        return System.currentTimeMillis() - startMillis;
    }

    public Instant generatedAt(Clock clock) {
        return Instant.now(clock);
    }
}
