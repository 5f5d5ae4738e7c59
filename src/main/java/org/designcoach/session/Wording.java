package org.designcoach.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns written text into comparable words: lower case, filler words dropped, a light stem (plural,
 * -ing, -ed, -ly, a final e or y cut), numbers written as words made digits ("five years" and
 * "5 years" read alike, "100M" and "100 million" too), "%" and "/s" spelled out. Plain Java, no
 * dependency: the judge of written answers and its tests need nothing else.
 */
final class Wording {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "is", "are", "be", "been", "do", "does", "of",
            "to", "in", "on", "for", "and", "or", "it", "its", "we", "i", "you", "they", "what", "which", "who",
            "how", "there", "this", "that", "these", "those", "with", "at", "by", "as", "can", "should", "must",
            "will", "would", "any", "our", "their", "each", "from", "about", "so", "then", "than", "if",
            "into", "also", "us", "use", "using", "used", "via", "when", "where", "but", "all");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("zero", "0"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("fifteen", "15"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("ninety", "90"),
            Map.entry("hundred", "100"), Map.entry("thousand", "k"), Map.entry("million", "m"), Map.entry("mn", "m"),
            Map.entry("billion", "b"), Map.entry("bn", "b"), Map.entry("trillion", "t"), Map.entry("twice", "2 x"),
            Map.entry("double", "2 x"), Map.entry("tenfold", "10 x"));
    private static final Pattern DIGIT_THEN_LETTER = Pattern.compile("(\\d)(\\p{L})");
    private static final Pattern PER_SECOND = Pattern.compile("/s\\b");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}*]+");

    private Wording() {
    }

    /** The comparable words of a text, in order; a trailing * (only meaningful in a term) is dropped. */
    static List<String> words(String text) {
        return words(text, false);
    }

    /** The words of a key point's term: a word ending in * stays a prefix and is not stemmed. */
    static List<String> termWords(String term) {
        return words(term, true);
    }

    private static List<String> words(String text, boolean keepPrefixes) {
        String prepared = PER_SECOND.matcher(text.toLowerCase(Locale.ROOT).replace("%", " percent ")
                .replace("$", " usd ").replace("€", " eur ")).replaceAll(" per second");
        prepared = DIGIT_THEN_LETTER.matcher(prepared).replaceAll("$1 $2");
        List<String> out = new ArrayList<>();
        for (String raw : SPLIT.split(prepared)) {
            boolean prefix = keepPrefixes && raw.endsWith("*");
            String word = raw.replace("*", "");
            if (word.isEmpty() || FILLER.contains(word)) {
                continue;
            }
            String number = NUMBER_WORDS.get(word);
            if (number != null) {
                out.addAll(List.of(number.split(" ")));
            } else {
                out.add(prefix ? stem(word) + "*" : stem(word));
            }
        }
        return out;
    }

    static String stem(String word) {
        if (word.length() <= 3 || word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ly") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
        }
        if ((w.endsWith("e") || w.endsWith("y")) && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Whether the words hold the term's words in a row; a term word ending in * matches any word it begins. */
    static boolean contains(List<String> words, List<String> term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int start = 0; start + term.size() <= words.size(); start++) {
            int matched = 0;
            while (matched < term.size() && matches(words.get(start + matched), term.get(matched))) {
                matched++;
            }
            if (matched == term.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String termWord) {
        return termWord.endsWith("*") ? word.startsWith(termWord.substring(0, termWord.length() - 1))
                : word.equals(termWord);
    }

    /** Whether any of the terms appears in the words. */
    static boolean containsAny(List<String> words, List<String> terms) {
        return terms.stream().anyMatch(term -> contains(words, termWords(term)));
    }
}
