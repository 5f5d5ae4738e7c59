package org.designcoach.session;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches what a learner typed against the case's wording: a typed question against the case's
 * questions and their keywords, a written requirement against the case's requirements. Words are
 * lower-cased, cut to a rough stem and stripped of filler words; a match is enough shared words.
 */
final class TextMatcher {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "is", "are", "be", "do", "does", "of", "to",
            "in", "on", "for", "and", "or", "it", "its", "we", "i", "you", "they", "what", "which", "who", "how",
            "there", "this", "that", "with", "at", "by", "as", "can", "should", "must", "will", "would", "any",
            "our", "their", "each", "per", "from", "about", "much", "many", "need", "system", "user");

    private TextMatcher() {
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !FILLER.contains(word))
                .map(TextMatcher::stem)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The share of the reference's words that the text has, from 0 to 1. */
    static double coverage(String text, String reference) {
        Set<String> wanted = words(reference);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> have = words(text);
        return wanted.stream().filter(have::contains).count() / (double) wanted.size();
    }

    /** Whether every word of one of the phrases is in the text. */
    static boolean containsAnyPhrase(String text, List<String> phrases) {
        Set<String> have = words(text);
        return phrases.stream().map(TextMatcher::words).anyMatch(phrase -> !phrase.isEmpty() && have.containsAll(phrase));
    }

    static String stem(String word) {
        for (String suffix : List.of("ing", "ies", "es", "ed", "s", "e", "y")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
