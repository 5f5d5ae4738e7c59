package org.designcoach.security;

import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The username of an account made at someone's first sign-in through the identity provider: their
 * {@code preferred_username} (the part before an {@code @}), else their subject, fitted to the rules of
 * {@link Usernames} and made unique with a number. Plain Java.
 */
final class ProviderUsernames {

    private static final String FALLBACK = "user";

    private ProviderUsernames() {
    }

    /** A free username for this person; {@code taken} says which ones exist already. */
    static String choose(@Nullable String preferredUsername, String subject, Predicate<String> taken) {
        String base = fitted(preferredUsername);
        if (base == null) {
            base = fitted(subject);
        }
        if (base == null) {
            base = FALLBACK;
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int number = 2; ; number++) {
            String suffix = "-" + number;
            String candidate = cut(base, Usernames.MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** The claim as a valid username, or null when too little of it is left. */
    private static @Nullable String fitted(@Nullable String claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.strip().toLowerCase(Locale.ROOT);
        int at = text.indexOf('@');
        if (at > 0) {
            text = text.substring(0, at);
        }
        String cleaned = cut(text.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", ""),
                Usernames.MAX_LENGTH);
        return Usernames.problem(cleaned).isEmpty() ? cleaned : null;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
