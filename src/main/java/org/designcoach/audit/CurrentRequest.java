package org.designcoach.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where an event came from: the HTTP request being handled, when there is one. */
final class CurrentRequest {

    private CurrentRequest() {
    }

    /** The client's address as the server sees it (behind a proxy: the proxy's, unless forwarding is configured). */
    static @Nullable String remoteAddress() {
        return request().map(HttpServletRequest::getRemoteAddr).orElse(null);
    }

    /**
     * The address of the current request, else the one Spring Security noted with the
     * authentication (for a sign-out, that of the sign-in).
     */
    static @Nullable String remoteAddress(Authentication authentication) {
        String current = remoteAddress();
        if (current == null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return current;
    }

    /** The path asked for, without query string (which may carry secrets), e.g. "/login". */
    static Optional<String> path() {
        return request().map(HttpServletRequest::getRequestURI);
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
