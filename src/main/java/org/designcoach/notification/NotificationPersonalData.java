package org.designcoach.notification;

import org.designcoach.backup.PersonalData;
import org.springframework.stereotype.Component;

/** A person's notifications and email settings, in their own data export. */
@Component
class NotificationPersonalData implements PersonalData {

    private final Notifications notifications;

    NotificationPersonalData(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object exportFor(String username) {
        return notifications.exportFor(username);
    }
}
