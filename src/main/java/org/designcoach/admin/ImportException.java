package org.designcoach.admin;

/** An import refused as a whole, with the fresh preview to show instead of the one confirmed. */
public class ImportException extends RuntimeException {

    private final transient ImportPreview freshPreview;

    ImportException(String message, ImportPreview freshPreview) {
        super(message);
        this.freshPreview = freshPreview;
    }

    ImportPreview freshPreview() {
        return freshPreview;
    }
}
