package org.designcoach.notification;

import java.util.Locale;
import org.designcoach.security.AccountEvents.AccountErasing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an account is erased, its own notifications and email settings go with it (cascading foreign
 * keys); notifications of other people that name it ("… replied to your review") name the anonymous id
 * instead. Runs in the erasure's transaction.
 */
@Component
class NotificationsOfErasedAccounts {

    private final UserNotificationRepository notifications;

    NotificationsOfErasedAccounts(UserNotificationRepository notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void erasing(AccountErasing event) {
        String pattern = "%" + event.username().toLowerCase(Locale.ROOT) + "%";
        for (UserNotification notification : notifications.findMentioning(event.username(), pattern)) {
            String rewritten = event.anonymise(notification.getMessage());
            if (!rewritten.equals(notification.getMessage())) {
                notifications.rewriteMessage(notification.item().id(), cut(rewritten));
            }
        }
    }

    private static String cut(String text) {
        return text.length() <= NotificationContent.MAX_TEXT ? text
                : text.substring(0, NotificationContent.MAX_TEXT - 1) + "…";
    }
}
