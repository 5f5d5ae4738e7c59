package org.designcoach.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One security event, written once and never changed: no setters, every column not updatable.
 * Values are kept as plain single-line text within the column sizes, whatever the caller passed.
 */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    static final int NAME_LENGTH = 64;
    static final int DETAIL_LENGTH = 500;
    static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditEventType type;

    @Column(updatable = false, length = NAME_LENGTH)
    private @Nullable String actor;

    @Column(updatable = false, length = NAME_LENGTH)
    private @Nullable String subject;

    @Column(nullable = false, updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "remote_address", updatable = false, length = ADDRESS_LENGTH)
    private @Nullable String remoteAddress;

    @SuppressWarnings("NullAway.Init")
    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(AuditEntry entry, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.type = entry.type();
        this.actor = optional(entry.actor(), NAME_LENGTH);
        this.subject = optional(entry.subject(), NAME_LENGTH);
        this.detail = plain(entry.detail(), DETAIL_LENGTH);
        this.remoteAddress = optional(entry.remoteAddress(), ADDRESS_LENGTH);
    }

    LoggedEvent toLoggedEvent() {
        return new LoggedEvent(id == null ? 0 : id, occurredAt, type, actor, subject, detail, remoteAddress);
    }

    private static @Nullable String optional(@Nullable String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String clean = plain(value, maxLength);
        return clean.isEmpty() ? null : clean;
    }

    /** Line breaks and other control characters could forge a second entry in an export; spaces do not. */
    private static String plain(String value, int maxLength) {
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > maxLength ? clean.substring(0, maxLength - 1) + "…" : clean;
    }
}
