package org.designcoach.security;

import java.time.Instant;
import java.util.Map;
import org.designcoach.backup.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account in a person's own data export; the password hash is never part of it. */
@Component
class AccountPersonalData implements PersonalData {

    private final UserAccountRepository accounts;

    AccountPersonalData(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    record AccountSection(String username, @Nullable String displayName, @Nullable String email, Role role,
            boolean enabled, Instant created, Instant passwordChanged) {
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(String username) {
        return accounts.findByUsername(username)
                .<Object>map(account -> new AccountSection(account.getUsername(), account.getDisplayName(),
                        account.getEmail(), account.getRole(),
                        account.isEnabled(), account.getCreatedAt(), account.getPasswordChangedAt()))
                .orElse(Map.of());
    }
}
