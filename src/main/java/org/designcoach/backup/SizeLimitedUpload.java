package org.designcoach.backup;

import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;

/**
 * Keeps an upload in a temporary file, so that a large backup never sits in memory, and refuses
 * on the server too a file beyond the configured size (the browser's check can be bypassed).
 */
final class SizeLimitedUpload extends TemporaryFileUploadHandler {

    private static final long MULTIPART_OVERHEAD = 1024 * 1024;

    private final long maxBytes;

    SizeLimitedUpload(FileUploadCallback callback, long maxBytes) {
        super(callback);
        this.maxBytes = maxBytes;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }
}
