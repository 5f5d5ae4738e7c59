package org.designcoach.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link that lets a person choose their password. Only the SHA-256 hash of the token
 * is kept: a copy of the database opens no account. Written once and used under a row lock, so
 * it needs no version.
 */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken {

    /** Why the link was made; an invitation lives longer than a reset. */
    enum Purpose { INVITE, RESET }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false, length = Usernames.MAX_LENGTH)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected PasswordResetToken() {
        // for JPA
    }

    PasswordResetToken(String tokenHash, String username, Purpose purpose, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String tokenHash() {
        return tokenHash;
    }

    String username() {
        return username;
    }

    Purpose purpose() {
        return purpose;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
