package org.designcoach.reporting;

import java.time.Duration;

/** Waiting times as people say them: the two largest units, no seconds. */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        if (days > 0) {
            return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
        }
        if (hours > 0) {
            return count(hours, "hour") + (minutes > 0 ? " " + count(minutes, "minute") : "");
        }
        return minutes > 0 ? count(minutes, "minute") : "under a minute";
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
