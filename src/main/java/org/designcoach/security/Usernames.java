package org.designcoach.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for usernames, shared by the entity, the services and the forms of every feature. */
public final class Usernames {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]+");

    private Usernames() {
    }

    /** Usernames are case-insensitive: "Ada" and "ada" are one account. */
    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a username, in words for the person typing it; empty when it is fine. */
    public static Optional<String> problem(String username) {
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

    /** The normalised username; refused with the problem, marked on the username field, when it breaks a rule. */
    static String requireValid(String username) {
        problem(username).ifPresent(problem -> {
            throw new AccountException(AccountException.Field.USERNAME, problem);
        });
        return normalise(username);
    }
}
