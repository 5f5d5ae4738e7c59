package org.designcoach.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as the admin pages show them: in UTC, which every admin of an instance shares. */
final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String of(Instant instant) {
        return MINUTE.format(instant);
    }

    static String dayOf(Instant instant) {
        return DAY.format(instant);
    }
}
