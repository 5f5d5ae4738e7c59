package org.designcoach.audit;

import java.time.Clock;
import java.util.List;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of security events. Entries are added only by this feature's listeners and never
 * changed or removed; administrators search them. Details are short plain text and never hold a
 * password or a token.
 */
@Service
public class AuditLog {

    /** The most entries one search returns, however many a caller asks for. */
    public static final int MAX_PAGE = 500;

    private final AuditEventRepository events;
    private final AuditSearch search;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditSearch search, Clock clock) {
        this.events = events;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Records an entry now. Listeners run in the transaction of the action they record, so an
     * action that rolls back leaves no entry behind.
     */
    @Transactional
    void record(AuditEntry entry) {
        events.save(new AuditEvent(entry, clock.instant()));
    }

    /** The generic path for a listener: the address is that of the current request, if any. */
    @Transactional
    void record(AuditEventType type, @Nullable String actor, @Nullable String subject, String detail) {
        record(new AuditEntry(type, actor, subject, detail, CurrentRequest.remoteAddress()));
    }

    /** Entries matching the query, newest first, from {@code offset}, at most {@code limit} of them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<LoggedEvent> search(AuditQuery query, int offset, int limit) {
        requireAdmin();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return search.find(query, offset, Math.min(limit, MAX_PAGE)).stream().map(AuditEvent::toLoggedEvent).toList();
    }

    /** Checked here as well as by the annotation, so that a copy of this class made by hand stays closed. */
    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators may read the audit log.");
        }
    }
}
