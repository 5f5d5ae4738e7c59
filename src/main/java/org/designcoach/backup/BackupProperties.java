package org.designcoach.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code designcoach.backup.max-upload-mb}: the largest backup file the restore page accepts. */
@ConfigurationProperties("designcoach.backup")
record BackupProperties(@DefaultValue("200") int maxUploadMb) {

    BackupProperties {
        if (maxUploadMb < 1) {
            throw new IllegalArgumentException("designcoach.backup.max-upload-mb must be at least 1, not "
                    + maxUploadMb);
        }
    }

    long maxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }
}
