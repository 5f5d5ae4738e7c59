package org.designcoach.content;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code DESIGNCOACH_CONTENT_DIR}: a company's own content folder, read after the built-in content. */
@ConfigurationProperties("designcoach.content")
record ContentProperties(@Nullable Path dir) {
}
