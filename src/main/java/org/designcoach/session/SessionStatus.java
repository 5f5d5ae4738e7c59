package org.designcoach.session;

/** Where a session stands. */
public enum SessionStatus {
    IN_PROGRESS, FINISHED, DISCARDED
}
