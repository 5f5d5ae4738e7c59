package org.designcoach.review;

/**
 * Tells a person that something happened to a review: the learner when it is returned, the mentor
 * when the learner replies. {@link InAppReviewNotifier} hands it to the notification feature; tests
 * record what would be sent.
 */
interface ReviewNotifier {

    /** {@code link} is a route inside the application, such as {@code reviews/42}. */
    void send(String recipient, String text, String link);
}
