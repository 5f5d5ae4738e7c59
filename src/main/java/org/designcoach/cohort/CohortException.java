package org.designcoach.cohort;

/** A cohort change that cannot be made; the message says why and what to do instead. */
public class CohortException extends RuntimeException {

    public CohortException(String message) {
        super(message);
    }
}
