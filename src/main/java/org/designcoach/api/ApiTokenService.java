package org.designcoach.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.designcoach.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates, names, lists and revokes their own; the API filter turns a
 * presented token into its owner's authentication. Only a hash of each secret is stored.
 */
@Service
class ApiTokenService {

    static final String PREFIX = "dcp_";
    static final int MAX_ACTIVE = 10;
    static final int MAX_NAME = 60;
    private static final Pattern MARKUP = Pattern.compile("[<>]");
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserDetailsService users;
    private final Clock clock;
    private final ApiRateLimit rateLimit;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserDetailsService users, Clock clock, ApiRateLimit rateLimit,
            ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.events = events;
        this.users = users;
        this.clock = clock;
        this.rateLimit = rateLimit;
    }

    /** How many calls a minute each token may make. */
    int requestsPerMinute() {
        return rateLimit.perMinute();
    }

    /** A token as its owner sees it in the list; the secret is never part of it. */
    record TokenView(long id, String name, String hint, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        boolean active() {
            return revokedAt == null;
        }
    }

    /** A new token with its secret, which is shown this once. */
    record NewToken(TokenView token, String secret) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    NewToken create(String name) {
        String owner = CurrentUser.username();
        String trimmed = checkName(name);
        if (tokens.countByOwnerAndRevokedAtIsNull(owner) >= MAX_ACTIVE) {
            throw new ApiTokenException("You have " + MAX_ACTIVE + " active tokens, the most one person may have. "
                    + "Revoke one you no longer use first.");
        }
        String secret = PREFIX + newSecret();
        String hint = "…" + secret.substring(secret.length() - 4);
        ApiToken token = tokens.save(new ApiToken(owner, trimmed, hash(secret), hint, clock.instant()));
        events.publishEvent(new ApiTokenEvents.TokenCreated(owner, token.getId(), trimmed, hint));
        return new NewToken(view(token), secret);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    List<TokenView> mine() {
        return tokens.findByOwnerOrderByCreatedAtDesc(CurrentUser.username()).stream().map(ApiTokenService::view)
                .toList();
    }

    /**
     * Revokes one of the signed-in user's tokens; another user's token is as unknown as a missing one.
     *
     * @return false when the token was already revoked
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    boolean revoke(long id) {
        ApiToken token = tokens.findByIdAndOwner(id, CurrentUser.username())
                .orElseThrow(() -> new ApiTokenException("There is no such token among yours."));
        boolean revoked = token.revoke(clock.instant());
        rateLimit.forget(token.getId());
        if (revoked) {
            events.publishEvent(new ApiTokenEvents.TokenRevoked(token.getOwner(), token.getId(), token.getName(),
                    token.getTokenHint()));
        }
        return revoked;
    }

    /** The owner's authentication for an active token of an enabled account. */
    @Transactional
    Optional<TokenAuthentication> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(ApiToken::isActive).flatMap(token -> {
            Optional<UserDetails> owner = enabledAccount(token.getOwner());
            owner.ifPresent(user -> recordUse(token));
            return owner.map(user -> new TokenAuthentication(token.getId(), UsernamePasswordAuthenticationToken
                    .authenticated(user.getUsername(), null, user.getAuthorities())));
        });
    }

    /** Writing the last use on every call would cost a write per call; once a minute is enough. */
    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        tokens.recordUse(token.getId(), now, now.minus(USE_RESOLUTION));
    }

    /** Who a token belongs to, and which token it was: the rate limit counts per token. */
    record TokenAuthentication(long tokenId, Authentication authentication) {
    }

    private Optional<UserDetails> enabledAccount(String username) {
        try {
            UserDetails user = users.loadUserByUsername(username);
            return user.isEnabled() && user.isAccountNonLocked() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String checkName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new ApiTokenException("Give the token a name that says where it is used, such as \"CI pipeline\".");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new ApiTokenException("Keep the name under " + MAX_NAME + " characters (this one has "
                    + trimmed.length() + ").");
        }
        if (MARKUP.matcher(trimmed).find()) {
            throw new ApiTokenException("A token name is plain text: leave out < and >.");
        }
        return trimmed;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static TokenView view(ApiToken token) {
        return new TokenView(token.getId(), token.getName(), token.getTokenHint(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }
}
