package org.designcoach.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log as a search returns it. {@code actor} is who acted (none for a failed
 * sign-in), {@code subject} the account concerned, which for a failed sign-in is the username as
 * typed and need not exist.
 */
public record LoggedEvent(long id, Instant occurredAt, AuditEventType type, @Nullable String actor,
        @Nullable String subject, String detail, @Nullable String remoteAddress) {
}
