package org.designcoach.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.designcoach.security.SessionRules.SignedIn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in session, Vaadin's own requests included, against the account
 * as it is now and against the session's time limits. A session that must end is invalidated before
 * anything else sees the request, which then goes on as anyone's who is not signed in (a page or a
 * click is sent to sign-in; a heartbeat is answered 403 here, and the tab goes to sign-in). The
 * sign-in page reads the reason from the fresh session.
 */
final class AccountSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = AccountSessionFilter.class.getName() + ".lastActivity";
    static final String SINCE = AccountSessionFilter.class.getName() + ".since";
    static final String ENDED = AccountSessionFilter.class.getName() + ".ended";

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessionFilter.class);

    private final Function<String, Optional<AccountState>> accounts;
    private final SessionRules rules;
    private final Clock clock;

    AccountSessionFilter(Function<String, Optional<AccountState>> accounts, SessionRules rules, Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && isSignedIn(authentication)) {
            Instant now = clock.instant();
            Optional<SessionEnd> end = rules.check(describe(authentication, session, now),
                    accounts.apply(authentication.getName()), now);
            if (end.isPresent()) {
                endSession(request, session, authentication.getName(), end.get());
                if (isHeartbeat(request)) {
                    // Passed on, it reached Vaadin in the fresh session and its answer left the tab
                    // where it was; 403 is what Vaadin's client takes for an expired session, and it
                    // then goes to the sign-in page (SessionEndedRedirect).
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static SignedIn describe(Authentication authentication, HttpSession session, Instant now) {
        Instant since;
        String passwordStamp = null;
        if (authentication.getPrincipal() instanceof SignedInAccount account) {
            since = account.signedInAt();
            passwordStamp = account.passwordStamp();
        } else {
            since = session.getAttribute(SINCE) instanceof Instant seen ? seen : firstSeen(session, now);
        }
        Instant lastActivity = session.getAttribute(LAST_ACTIVITY) instanceof Instant last ? last : since;
        return new SignedIn(roleOf(authentication), passwordStamp, since, lastActivity);
    }

    /** A session signed in some other way than our password form is timed from its first request. */
    private static Instant firstSeen(HttpSession session, Instant now) {
        session.setAttribute(SINCE, now);
        return now;
    }

    private static @Nullable Role roleOf(Authentication authentication) {
        return Arrays.stream(Role.values())
                .filter(role -> authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(role.authority()::equals))
                .findFirst().orElse(null);
    }

    private static void endSession(HttpServletRequest request, HttpSession session, String username, SessionEnd end) {
        session.invalidate();
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(ENDED, end);
        LOG.info("Ended a session of {}: {}", username, end);
    }

    /**
     * Vaadin's heartbeat says only that a tab is open, not that anyone is there: it must not keep a
     * session alive. The query string is read by hand, as asking for a parameter would read the body.
     */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && Arrays.asList(query.split("&")).contains("v-r=heartbeat");
    }

    private static boolean isSignedIn(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
