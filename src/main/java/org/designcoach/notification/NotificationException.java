package org.designcoach.notification;

/** A notification request that cannot be met; the message says why, in words for the person. */
public class NotificationException extends RuntimeException {

    public NotificationException(String message) {
        super(message);
    }
}
