package org.designcoach.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anonymous ids that stand for erased people, and their use in text. An id is random, so that
 * nobody can work back from it to the username, and made once per erasure, so that every row the
 * person left behind carries the same one and an auditor can still group them. The {@code #} in it
 * never occurs in a username: nobody can later register the id and be taken for the erased person.
 */
final class ErasedNames {

    static final String PREFIX = "erased#";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * A mention is whole when no character of a username touches it; a dot after it counts only when a
     * name goes on behind it, so that a sentence may end with the name.
     */
    private static final String BEFORE = "(?<![\\p{Alnum}._-])";
    private static final String AFTER = "(?![\\p{Alnum}_-])(?!\\.[\\p{Alnum}_-])";

    private ErasedNames() {
    }

    static String newAnonymousId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return PREFIX + HexFormat.of().formatHex(bytes);
    }

    /** The text with each whole mention of the username, in any case, replaced. */
    static String replace(String text, String username, String replacement) {
        if (username.isEmpty()) {
            return text;
        }
        Pattern mention = Pattern.compile(BEFORE + Pattern.quote(username) + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return mention.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
