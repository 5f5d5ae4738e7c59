package org.designcoach.review;

/**
 * Tells a person in the app that something happened to a review: the learner when it is returned,
 * the mentor when the learner replies. The shape is that of the notification feature's
 * {@code Notifications#send}, so that its service can take the place of the logging one unchanged.
 */
interface ReviewNotifier {

    /** {@code link} is a route inside the application, such as {@code reviews/42}. */
    void send(String recipient, String text, String link);
}
