package org.designcoach.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token: its name, a hint of its end, and the SHA-256 hash of the secret. Its last
 * use is written by {@link ApiTokenRepository#recordUse}, outside the version; dynamic updates keep
 * a revocation from writing back an older last use.
 */
@Entity
@DynamicUpdate
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, updatable = false)
    private String tokenHint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
        this("", "", "", "", Instant.EPOCH);
    }

    ApiToken(String owner, String name, String tokenHash, String tokenHint, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = createdAt;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    /** @return false when the token was revoked already, such as from another browser tab */
    boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("The token is not saved yet");
        }
        return id;
    }

    String getOwner() {
        return owner;
    }

    String getName() {
        return name;
    }

    String getTokenHint() {
        return tokenHint;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
