package org.designcoach.api;

import org.springframework.context.ApplicationContext;

/** API tokens for tests of other features, which cannot reach the token service itself. */
public final class ApiTokenAccess {

    private ApiTokenAccess() {
    }

    /** Creates a token of the signed-in user and uses it once; returns its secret. */
    public static String createAndUse(ApplicationContext context, String name) {
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        String secret = tokens.create(name).secret();
        tokens.authenticate(secret).orElseThrow();
        return secret;
    }

    /** Creates a token of the signed-in user and revokes it at once. */
    public static void createRevoked(ApplicationContext context, String name) {
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        tokens.revoke(tokens.create(name).token().id());
    }
}
