package org.designcoach.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The filter in words, for the record of an export, e.g. "words 'lena', types SIGN_IN, from 2026-11-01T00:00:00Z". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!text.isEmpty()) {
            parts.add("words '" + text + "'");
        }
        if (!types.isEmpty()) {
            parts.add("types " + types.stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
        }
        if (from != null) {
            parts.add("from " + from);
        }
        if (to != null) {
            parts.add("before " + to);
        }
        return parts.isEmpty() ? "everything" : String.join(", ", parts);
    }

    /** Every entry, newest first. */
    public static AuditQuery everything() {
        return new AuditQuery("", Set.of(), null, null);
    }
}
