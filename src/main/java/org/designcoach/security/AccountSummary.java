package org.designcoach.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One account as the administration pages list it. */
public record AccountSummary(String username, Role role, boolean enabled, Instant createdAt,
        Instant lastPasswordChange, boolean mustChangePassword, @Nullable String displayName, @Nullable String email) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getUsername(), account.getRole(), account.isEnabled(),
                account.getCreatedAt(), account.getPasswordChangedAt(), account.mustChangePassword(),
                account.getDisplayName(), account.getEmail());
    }
}
