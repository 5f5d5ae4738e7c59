package org.designcoach.design;

import org.jspecify.annotations.Nullable;

/** An arrow: synchronous calls add to the user's latency, asynchronous ones do not. */
public record Connection(String from, String to, String mode, @Nullable String protocol, @Nullable String label) {

    public static final String SYNC = "sync";
    public static final String ASYNC = "async";

    public boolean isAsync() {
        return ASYNC.equals(mode);
    }
}
