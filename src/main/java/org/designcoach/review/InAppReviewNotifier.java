package org.designcoach.review;

import org.designcoach.notification.Notifications;
import org.springframework.stereotype.Component;

/** Review notifications in the app (and by email where the person asked for it), through the notification feature. */
@Component
class InAppReviewNotifier implements ReviewNotifier {

    private final Notifications notifications;

    InAppReviewNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void send(String recipient, String text, String link) {
        // A company's case may have a long title; a notification is a line, so it is cut rather than refused.
        String line = text.length() <= Notifications.MAX_TEXT ? text
                : text.substring(0, Notifications.MAX_TEXT - 1) + "…";
        notifications.send(recipient, line, link);
    }
}
