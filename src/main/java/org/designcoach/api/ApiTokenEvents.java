package org.designcoach.api;

/**
 * What this feature announces about personal API tokens, as Spring application events, for the
 * audit log. Never the secret: a token is named by its owner's name for it and its last characters.
 */
public final class ApiTokenEvents {

    private ApiTokenEvents() {
    }

    public record TokenCreated(String owner, long tokenId, String name, String hint) {
    }

    public record TokenRevoked(String owner, long tokenId, String name, String hint) {
    }
}
