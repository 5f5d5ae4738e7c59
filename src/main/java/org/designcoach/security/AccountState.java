package org.designcoach.security;

import java.time.Instant;

/** What a signed-in session must agree with about its account, read fresh from the database. */
record AccountState(Role role, boolean enabled, Instant passwordChangedAt) {
}
