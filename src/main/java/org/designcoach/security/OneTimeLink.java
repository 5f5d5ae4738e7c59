package org.designcoach.security;

import java.time.Instant;

/**
 * A link with which a person chooses their password, shown once to the admin who made it.
 * {@code path} is relative to the application's root, such as {@code reset/<token>}.
 */
public record OneTimeLink(String username, String path, Instant expiresAt) {

    static final String PATH_PREFIX = "reset/";
}
