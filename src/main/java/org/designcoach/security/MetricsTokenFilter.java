package org.designcoach.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request that carries the metrics token as a bearer token through as the scraper, with the
 * one authority {@link #SCRAPE} and no account behind it: no password is hashed, no sign-in is
 * published, nothing else opens. Any other Authorization header goes on to HTTP Basic untouched.
 */
final class MetricsTokenFilter extends OncePerRequestFilter {

    static final String SCRAPE = "SCOPE_metrics";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsTokenFilter(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(BEARER)) {
            if (!MessageDigest.isEqual(token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new Scraper());
        }
        chain.doFilter(request, response);
    }

    /** The scraper: authenticated, allowed to scrape, nobody's account. */
    private static final class Scraper extends AbstractAuthenticationToken {

        Scraper() {
            super(List.of(new SimpleGrantedAuthority(SCRAPE)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "metrics scraper";
        }
    }
}
