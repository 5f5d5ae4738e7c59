package org.designcoach.session;

/** A session request that cannot be done, with a message the learner can act on. */
public class SessionException extends RuntimeException {

    SessionException(String message) {
        super(message);
    }
}
