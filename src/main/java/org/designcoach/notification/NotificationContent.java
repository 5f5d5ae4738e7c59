package org.designcoach.notification;

import java.util.regex.Pattern;

/**
 * The rules for what a notification may say and where it may lead. Texts are plain, one line and
 * short; links stay inside the app, so a notification can never send anyone to another site.
 */
final class NotificationContent {

    static final int MAX_TEXT = 300;
    static final int MAX_LINK = 500;

    /** A route path with an optional query: letters first, no scheme (no colon), no fragment. */
    private static final Pattern APP_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9/_.~%+,=&?-]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private NotificationContent() {
    }

    /** The text on one line with single spaces; refused when empty or longer than {@link #MAX_TEXT}. */
    static String text(String text) {
        String clean = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A notification needs a text.");
        }
        if (clean.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A notification's text has at most " + MAX_TEXT
                    + " characters; this one has " + clean.length() + ".");
        }
        return clean;
    }

    /** A relative path inside the app, such as {@code reviews/12}; anything that could leave it is refused. */
    static String link(String link) {
        if (link.length() > MAX_LINK || !APP_PATH.matcher(link).matches() || link.contains("//")
                || link.contains("..")) {
            throw new IllegalArgumentException("A notification's link must be a path inside the app that starts "
                    + "with a letter, such as 'reviews/12', with no scheme, no '//', no '..' and at most " + MAX_LINK
                    + " characters; '" + abbreviated(link) + "' is not.");
        }
        return link;
    }

    private static String abbreviated(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
