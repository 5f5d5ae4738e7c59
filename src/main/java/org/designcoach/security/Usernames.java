package org.designcoach.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for usernames, shared by the entity, the service and the forms. */
final class Usernames {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]+");

    private Usernames() {
    }

    /** Usernames are case-insensitive: "Ada" and "ada" are one account. */
    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a username, in words for the person typing it; empty when it is fine. */
    static Optional<String> problem(String username) {
        String name = normalise(username);
        if (name.isEmpty()) {
            return Optional.of("Choose a username.");
        }
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            return Optional.of("Use " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("Use letters, digits, dots, dashes or underscores only.");
        }
        return Optional.empty();
    }
}
