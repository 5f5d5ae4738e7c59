package org.designcoach.audit;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log: words that occur in the actor, subject, detail or address
 * (any case), the types to include (all when empty) and a time window, {@code from} inclusive and
 * {@code to} exclusive, either end open when null.
 */
public record AuditQuery(String text, Set<AuditEventType> types, @Nullable Instant from, @Nullable Instant to) {

    public static final int MAX_TEXT = 100;

    public AuditQuery {
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        types = Set.copyOf(types);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The window starts after it ends: " + from + " > " + to);
        }
    }

    /** Every entry, newest first. */
    public static AuditQuery everything() {
        return new AuditQuery("", Set.of(), null, null);
    }
}
