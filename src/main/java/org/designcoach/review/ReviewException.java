package org.designcoach.review;

/** A review request that cannot be done, with a message the person can act on. */
public class ReviewException extends RuntimeException {

    ReviewException(String message) {
        super(message);
    }
}
