package org.designcoach.security;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin for automated deployments: {@code DESIGNCOACH_ADMIN_USERNAME} with
 * {@code DESIGNCOACH_ADMIN_PASSWORD} or {@code DESIGNCOACH_ADMIN_PASSWORD_FILE}.
 */
@ConfigurationProperties("designcoach.admin")
record AdminBootstrapProperties(@Nullable String username, @Nullable String password, @Nullable Path passwordFile) {
}
