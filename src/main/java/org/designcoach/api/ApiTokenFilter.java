package org.designcoach.api;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by a personal token in {@code Authorization: Bearer …} and applies the
 * token's rate limit. A call without a token passes on, for the chain to refuse where one is needed.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiRateLimit rateLimit;

    ApiTokenFilter(ApiTokenService tokens, ApiRateLimit rateLimit) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenService.TokenAuthentication> found;
        try {
            found = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (ConcurrencyFailureException e) {
            // Not expected since the last use is written without a version, but a filter's exception never
            // reaches ApiErrors: it would end as a bare 500.
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Another call with this token was being "
                    + "recorded at the same moment. Send the request again.");
            return;
        }
        if (found.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "This API token is unknown or revoked. Create a token "
                    + "on your profile page (API tokens) and send it as 'Authorization: Bearer <token>'.");
            return;
        }
        ConsumptionProbe probe = rateLimit.take(found.get().tokenId());
        response.setHeader("X-RateLimit-Limit", String.valueOf(rateLimit.perMinute()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "This token may make " + rateLimit.perMinute()
                    + " calls a minute. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(found.get().authentication());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
