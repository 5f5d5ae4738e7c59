package org.designcoach.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything this feature keeps about one person, for the export of their own data.
 *
 * @param email the address they gave for notification emails, if any
 * @param emailsWanted whether they asked for notification emails
 * @param notifications all their notifications, newest first
 */
public record NotificationExport(String username, @Nullable String email, boolean emailsWanted,
        List<NotificationItem> notifications) {
}
