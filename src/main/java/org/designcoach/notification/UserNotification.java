package org.designcoach.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification for one person; only whether it was read ever changes. */
@Entity
@Table(name = "notification")
class UserNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false, length = NotificationContent.MAX_TEXT)
    private String message;

    @Column(nullable = false, updatable = false, length = NotificationContent.MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Version
    private long version;

    protected UserNotification() {
        this.recipient = "";
        this.message = "";
        this.link = "";
        this.createdAt = Instant.EPOCH;
    }

    /** @throws IllegalArgumentException when the text or the link breaks {@link NotificationContent}'s rules */
    UserNotification(String recipient, String text, String link, Instant createdAt) {
        this.recipient = recipient;
        this.message = NotificationContent.text(text);
        this.link = NotificationContent.link(link);
        this.createdAt = createdAt;
    }

    /** Marks it read the first time; later calls keep the first time. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    String getMessage() {
        return message;
    }

    NotificationItem item() {
        if (id == null) {
            throw new IllegalStateException("A notification has an id only once it is saved");
        }
        return new NotificationItem(id, message, link, createdAt, readAt);
    }
}
