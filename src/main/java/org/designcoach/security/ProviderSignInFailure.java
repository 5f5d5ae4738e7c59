package org.designcoach.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed sign-in through the provider lands. A person without a Design Coach role gets a page
 * that says so and whom to ask: never the sign-in page again, which would send them straight back to
 * the provider in a loop. Any other failure goes to the sign-in page, which says what happened.
 */
final class ProviderSignInFailure implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignInFailure.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        LOG.info("Sign-in through the identity provider refused: {}", failure.getMessage());
        if (ProviderUserService.NO_ROLE.equals(code)) {
            response.sendRedirect(request.getContextPath() + "/" + NoRoleView.ROUTE);
            return;
        }
        request.getSession(true).setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
