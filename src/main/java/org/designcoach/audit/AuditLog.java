package org.designcoach.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of security events. Entries are added only by this feature's listeners and never
 * changed or removed; administrators search and export them. Details are short plain text and never
 * hold a password or a token.
 *
 * <p>Every entry is also written to the log as one line with ECS key-value pairs ({@code event.action},
 * {@code user.name}, {@code user.target.name}, {@code source.address}), so that with
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} a company's log system receives them as JSON fields.
 * The line is written once the entry's transaction has committed: a rolled-back action logs nothing.
 */
@Service
public class AuditLog {

    /** The most entries one search returns, however many a caller asks for. */
    public static final int MAX_PAGE = 500;

    /** The formats an export is written in. */
    public enum ExportFormat {
        CSV("text/csv", "csv"), JSON("application/json", "json");

        private final String contentType;
        private final String extension;

        ExportFormat(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final Logger STRUCTURED = LoggerFactory.getLogger(AuditLog.class);

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
        LoggedEvent saved = events.save(new AuditEvent(entry, clock.instant())).toLoggedEvent();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    writeToLog(saved);
                }
            });
        } else {
            writeToLog(saved);
        }
    }

    /**
     * Records an entry in a transaction of its own, for events that must stay even when the action
     * around them fails and rolls back, such as a refusal.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordIndependently(AuditEntry entry) {
        record(entry);
    }

    /** The same values as the table, as key-value pairs named after the Elastic Common Schema. */
    static void writeToLog(LoggedEvent event) {
        var line = STRUCTURED.atInfo()
                .setMessage(() -> "Audit: " + event.type().label() + " - " + event.detail())
                .addKeyValue("event.kind", "event")
                .addKeyValue("event.dataset", "designcoach.audit")
                .addKeyValue("event.action", event.type().name().toLowerCase(Locale.ROOT))
                .addKeyValue("event.id", event.id())
                .addKeyValue("event.created", event.occurredAt().toString());
        if (event.actor() != null) {
            line = line.addKeyValue("user.name", event.actor());
        }
        if (event.subject() != null) {
            line = line.addKeyValue("user.target.name", event.subject());
        }
        if (event.remoteAddress() != null) {
            line = line.addKeyValue("source.address", event.remoteAddress());
        }
        line.log();
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

    /**
     * Writes every entry matching the query, oldest first, to {@code out} in the format asked for,
     * one page at a time so that a long log never sits in memory; the export itself is recorded.
     *
     * @return how many entries were written
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long export(AuditQuery query, ExportFormat format, OutputStream out) {
        requireAdmin();
        long written = 0;
        try (AuditExport export = AuditExport.of(format, out)) {
            long after = 0;
            List<AuditEvent> page;
            do {
                page = search.findAfter(query, after, MAX_PAGE);
                for (AuditEvent event : page) {
                    LoggedEvent entry = event.toLoggedEvent();
                    export.write(entry);
                    after = entry.id();
                    written++;
                }
                search.forget();
            } while (page.size() == MAX_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(AuditEventType.AUDIT_EXPORTED, CurrentUser.username(), null, "Exported " + written
                + (written == 1 ? " entry as " : " entries as ") + format.name() + (query.equals(AuditQuery.everything())
                        ? "" : " (" + query.describe() + ")"));
        return written;
    }

    /** Checked here as well as by the annotation, so that a copy of this class made by hand stays closed. */
    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators may read the audit log.");
        }
    }
}
