package org.designcoach.api;

import java.time.Instant;
import org.designcoach.backup.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The API tokens in a person's own data export: names and times only, never the hash of a secret. */
@Component
class ApiTokenPersonalData implements PersonalData {

    private final ApiTokenRepository tokens;

    ApiTokenPersonalData(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    record TokenSection(String name, Instant created, @Nullable Instant lastUsed, @Nullable Instant revoked) {
    }

    @Override
    public String section() {
        return "apiTokens";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(String username) {
        return tokens.findByOwnerOrderByCreatedAtDesc(username).stream()
                .map(token -> new TokenSection(token.getName(), token.getCreatedAt(), token.getLastUsedAt(),
                        token.getRevokedAt()))
                .toList();
    }
}
