package org.designcoach.design;

import org.jspecify.annotations.Nullable;

/**
 * An arrow: synchronous calls add to the user's latency, asynchronous ones do not.
 *
 * @param share the percentage (0 to 100) of the requests passing through {@code from} that take this arrow,
 *              such as the few flagged payments sent to review; null when every request takes it (or, from a
 *              balancer or queue, when it gets an even part of what the arrows without a share leave)
 */
public record Connection(String from, String to, String mode, @Nullable String protocol, @Nullable String label,
        @Nullable Double share) {

    public static final String SYNC = "sync";
    public static final String ASYNC = "async";
    /** The largest share an arrow may carry: all of the traffic, in percent. */
    public static final double ALL = 100;

    /** An arrow that every request takes (or an even part of them, from a balancer or a queue). */
    public Connection(String from, String to, String mode, @Nullable String protocol, @Nullable String label) {
        this(from, to, mode, protocol, label, null);
    }

    public boolean isAsync() {
        return ASYNC.equals(mode);
    }
}
