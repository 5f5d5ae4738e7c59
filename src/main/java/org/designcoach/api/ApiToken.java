package org.designcoach.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token: its name, a hint of its end, and the SHA-256 hash of the secret. */
@Entity
class ApiToken {

    /** Writing the last use on every request would cost a write per call; once a minute is enough. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

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

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** @return whether the use changed the stored time */
    boolean markUsed(Instant at) {
        if (lastUsedAt == null || Duration.between(lastUsedAt, at).compareTo(USE_RESOLUTION) >= 0) {
            lastUsedAt = at;
            return true;
        }
        return false;
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
