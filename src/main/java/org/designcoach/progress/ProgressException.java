package org.designcoach.progress;

/** A progress page that the signed-in person may not see, told in words they can act on. */
public class ProgressException extends RuntimeException {

    public ProgressException(String message) {
        super(message);
    }
}
