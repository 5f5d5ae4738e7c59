package org.designcoach.backup;

/** A backup that cannot be written or restored; the message says why and, for a file, where. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
