package org.designcoach.security;

import java.time.Instant;

/** One account as the administration pages list it. */
public record AccountSummary(String username, Role role, boolean enabled, Instant createdAt,
        Instant lastPasswordChange, boolean mustChangePassword) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getUsername(), account.getRole(), account.isEnabled(),
                account.getCreatedAt(), account.getPasswordChangedAt(), account.mustChangePassword());
    }
}
