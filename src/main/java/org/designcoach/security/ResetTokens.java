package org.designcoach.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.designcoach.security.PasswordResetToken.Purpose;
import org.springframework.stereotype.Component;

/**
 * Makes and checks the tokens of one-time links. A token is 256 random bits, URL-safe; only its
 * SHA-256 hash is stored. Each account has at most one live token: a new one supersedes the rest.
 * Runs inside the caller's transaction.
 */
@Component
class ResetTokens {

    static final Duration INVITE_VALIDITY = Duration.ofHours(72);
    static final Duration RESET_VALIDITY = Duration.ofHours(24);
    private static final int TOKEN_BYTES = 32;
    private static final int LONGEST_TOKEN = 64;

    private final PasswordResetTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ResetTokens(PasswordResetTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link for the account; earlier links of the account stop working. */
    OneTimeLink issue(String username, Purpose purpose) {
        retireAll(username);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(purpose == Purpose.INVITE ? INVITE_VALIDITY : RESET_VALIDITY);
        tokens.save(new PasswordResetToken(hash(token), username, purpose, now, expiresAt));
        return new OneTimeLink(username, OneTimeLink.PATH_PREFIX + token, expiresAt);
    }

    /** The stored token behind a link, if it is neither used nor expired. */
    Optional<PasswordResetToken> usable(String token) {
        if (!looksLikeAToken(token)) {
            return Optional.empty();
        }
        return tokens.findById(hash(token)).filter(stored -> stored.isUsableAt(clock.instant()));
    }

    /**
     * The token behind a link, locked for this transaction, if it may still be used. Call it before
     * anything else reads the token in the transaction, so that it sees the row as committed.
     */
    Optional<PasswordResetToken> claim(String token) {
        if (!looksLikeAToken(token)) {
            return Optional.empty();
        }
        return tokens.findWithLockByTokenHash(hash(token)).filter(stored -> stored.isUsableAt(clock.instant()));
    }

    void markUsed(PasswordResetToken token) {
        token.markUsed(clock.instant());
    }

    /** Every link of the account stops working, as after a password set by other means. */
    void retireAll(String username) {
        tokens.deleteAll(tokens.findByUsername(username));
    }

    private static boolean looksLikeAToken(String token) {
        return !token.isEmpty() && token.length() <= LONGEST_TOKEN;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
