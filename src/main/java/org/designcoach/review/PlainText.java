package org.designcoach.review;

import java.util.Locale;

/** Checks what people type into reviews: plain text, trimmed, at most {@link ReviewSubmission#MAX_TEXT} characters. */
final class PlainText {

    private PlainText() {
    }

    /** The trimmed text; refused when longer than the limit, or empty when {@code required}. */
    static String checked(String typed, String what, boolean required) {
        String text = typed.strip();
        if (required && text.isEmpty()) {
            throw new ReviewException("Write the " + what + " first: it is empty.");
        }
        if (text.length() > ReviewSubmission.MAX_TEXT) {
            throw new ReviewException("A " + what + " may have at most " + String.format(Locale.ROOT, "%,d",
                    ReviewSubmission.MAX_TEXT) + " characters; this one has " + String.format(Locale.ROOT, "%,d",
                    text.length()) + ". Shorten it or split it in two.");
        }
        return text;
    }
}
