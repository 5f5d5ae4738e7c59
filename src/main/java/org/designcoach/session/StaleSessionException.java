package org.designcoach.session;

/** The session changed elsewhere (another tab or device) since this page loaded it. */
public class StaleSessionException extends SessionException {

    StaleSessionException() {
        super("This session was changed in another tab or window. Reload to continue with the newer version; "
                + "your last change here was not saved.");
    }
}
