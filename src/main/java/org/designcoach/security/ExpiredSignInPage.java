package org.designcoach.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A sign-in page left open past the end of its session posts a token that the server no longer
 * knows. Refusing it is right (a token-less sign-in is login CSRF), but a bare 403 tells the person
 * nothing: they are sent back to a fresh sign-in page that says why, with their username kept.
 * Only a browser that brings an ended session qualifies; a post with no session at all, as another
 * site's form would send, is still refused with 403.
 */
final class ExpiredSignInPage implements AccessDeniedHandler {

    /** The session attribute that carries the typed username to the fresh sign-in page. */
    static final String TYPED_USERNAME = ExpiredSignInPage.class.getName() + ".username";

    private static final int LONGEST_USERNAME_KEPT = 100;

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !isSignIn(request) || !broughtAnEndedSession(request)) {
            refusal.handle(request, response, denied);
            return;
        }
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= LONGEST_USERNAME_KEPT) {
            request.getSession(true).setAttribute(TYPED_USERNAME, typed.strip());
        }
        response.sendRedirect(request.getContextPath() + "/login?" + LoginView.PAGE_EXPIRED_QUERY);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    private static boolean broughtAnEndedSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }
}
