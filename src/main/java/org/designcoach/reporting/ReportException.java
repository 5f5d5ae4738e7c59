package org.designcoach.reporting;

/** A report that cannot be given, with a sentence the person can read. */
public class ReportException extends RuntimeException {

    ReportException(String message) {
        super(message);
    }
}
