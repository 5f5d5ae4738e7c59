package org.designcoach.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient sees it.
 *
 * @param link a path inside the app, such as {@code reviews/12}
 * @param readAt when the recipient opened it or marked it read; {@code null} while it is unread
 */
public record NotificationItem(long id, String text, String link, Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
