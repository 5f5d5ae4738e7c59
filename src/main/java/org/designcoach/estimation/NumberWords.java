package org.designcoach.estimation;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written as words, as people say them in an interview: {@code five years}, {@code twenty-four
 * hours}, {@code a million users}. Only the common forms: zero to nineteen, the tens, a ten and a unit
 * ({@code twenty-five}), and {@code a} or {@code an} before hundred, thousand, million, billion or trillion;
 * the scale words themselves are multipliers ({@link Units#multiplier}).
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Pattern WORDS = Pattern.compile(
            "(?i)\\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six"
                    + "|seven|eight|nine))?|(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(an?)(?=\\s+(?:hundred"
                    + "|thousand|million|billion|trillion)\\b))\\b");

    private NumberWords() {
    }

    /** The text with every number word replaced by its digits: {@code five years} becomes {@code 5 years}. */
    static String digits(String text) {
        Matcher words = WORDS.matcher(text);
        StringBuilder result = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(result, String.valueOf((int) value(words).orElseThrow()));
        }
        return words.appendTail(result).toString();
    }

    /** The value of one number word, such as {@code seven}; empty for any other word. */
    static OptionalDouble value(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Integer small = SMALL.get(lower);
        Integer tens = TENS.get(lower);
        return small != null ? OptionalDouble.of(small) : tens != null ? OptionalDouble.of(tens) : OptionalDouble.empty();
    }

    /** Whether a word is a units word ({@code five}) that may follow a tens word ({@code twenty five}). */
    static boolean isUnitsWord(String word) {
        Integer small = SMALL.get(word.toLowerCase(Locale.ROOT));
        return small != null && small >= 1 && small <= 9;
    }

    static boolean isTensWord(String word) {
        return TENS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static OptionalDouble value(Matcher words) {
        if (words.group(1) != null) {
            double units = words.group(2) == null ? 0 : value(words.group(2)).orElseThrow();
            return OptionalDouble.of(value(words.group(1)).orElseThrow() + units);
        }
        if (words.group(3) != null) {
            return value(words.group(3));
        }
        return OptionalDouble.of(1);
    }
}
