package org.designcoach.audit;

import org.jspecify.annotations.Nullable;

/** What a listener asks the log to record; the log adds the time. */
record AuditEntry(AuditEventType type, @Nullable String actor, @Nullable String subject, String detail,
        @Nullable String remoteAddress) {
}
