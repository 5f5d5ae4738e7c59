package org.designcoach.estimation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The unit words Design Coach knows, each as a quantity of one such unit in base units (seconds, bytes).
 * Byte and bit symbols are case-sensitive because {@code B} and {@code b} differ eightfold; words are not.
 * A month is 30 days and a year 365 days, as in the cheat sheets learners use.
 */
final class Units {

    static final String KNOWN = "Use s, min, h, day, month, year, B, KB, MB, GB, TB, PB, bits such as Mbps, "
            + "rates such as /s or QPS, % or x, or counts such as requests, users or events.";

    private static final double DAY = 86_400;
    private static final List<String> COUNT_NOUNS = List.of("req", "request", "event", "message", "msg", "user",
            "link", "url", "write", "read", "query", "record", "item", "call", "op", "operation", "order",
            "transfer", "payment", "notification", "build", "deploy", "deployment", "reading", "device", "tenant",
            "row", "object", "file", "click", "redirect", "visit", "view", "upload", "stream", "transaction",
            "txn", "hit", "session", "connection", "character", "char", "entry", "decision", "code", "product",
            "employee", "developer", "service", "pod", "server", "instance", "node", "task", "job", "push");
    private static final Map<String, Quantity> EXACT = new HashMap<>();
    private static final Map<String, Quantity> WORDS = new HashMap<>();
    private static final Map<String, Double> MULTIPLIERS = Map.of("k", 1e3, "K", 1e3, "M", 1e6, "G", 1e9,
            "T", 1e12);
    private static final Map<String, Double> MULTIPLIER_WORDS = Map.of("thousand", 1e3, "million", 1e6,
            "billion", 1e9, "bn", 1e9, "trillion", 1e12);

    static {
        exact(Dimension.TIME, 0.001, "ms");
        words(Dimension.TIME, 1, "s", "sec", "secs", "second", "seconds");
        words(Dimension.TIME, 60, "min", "mins", "minute", "minutes");
        words(Dimension.TIME, 3_600, "h", "hr", "hrs", "hour", "hours");
        words(Dimension.TIME, DAY, "day", "days");
        words(Dimension.TIME, 7 * DAY, "week", "weeks");
        words(Dimension.TIME, 30 * DAY, "month", "months");
        words(Dimension.TIME, 365 * DAY, "year", "years", "yr", "yrs");
        words(Dimension.RATE, 1, "qps", "rps", "tps");
        words(Dimension.NONE, 0.01, "%", "percent");
        words(Dimension.NONE, 1, "x", "×", "times");
        words(Dimension.DATA, 1, "byte", "bytes");
        words(Dimension.DATA, 0.125, "bit", "bits");
        String[] prefixes = {"K", "M", "G", "T", "P"};
        String[] names = {"kilo", "mega", "giga", "tera", "peta"};
        for (int i = 0; i < prefixes.length; i++) {
            double decimal = Math.pow(1000, i + 1);
            exact(Dimension.DATA, decimal, prefixes[i] + "B");
            exact(Dimension.DATA, Math.pow(1024, i + 1), prefixes[i] + "iB");
            exact(Dimension.DATA, decimal / 8, prefixes[i] + "b");
            exact(Dimension.DATA_RATE, decimal / 8, prefixes[i] + "bps");
            exact(Dimension.DATA_RATE, decimal, prefixes[i] + "Bps");
            words(Dimension.DATA, decimal, names[i] + "byte", names[i] + "bytes");
            words(Dimension.DATA, decimal / 8, names[i] + "bit", names[i] + "bits");
        }
        exact(Dimension.DATA, 1, "B");
        exact(Dimension.DATA, 0.125, "b");
        exact(Dimension.DATA, 1000, "kB");
        exact(Dimension.DATA_RATE, 0.125, "bps");
        exact(Dimension.DATA_RATE, 125, "kbps");
        for (String noun : COUNT_NOUNS) {
            String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
                    : noun.endsWith("sh") ? noun + "es" : noun + "s";
            words(Dimension.NONE, 1, noun, plural);
        }
    }

    private Units() {
    }

    private static void exact(Dimension dimension, double scale, String symbol) {
        EXACT.put(symbol, new Quantity(scale, dimension));
    }

    private static void words(Dimension dimension, double scale, String... words) {
        for (String word : words) {
            WORDS.put(word, new Quantity(scale, dimension));
        }
    }

    /** One of this unit, or empty when the word is not a unit. */
    static Optional<Quantity> unit(String word) {
        Quantity exact = EXACT.get(word);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(WORDS.get(word.toLowerCase(Locale.ROOT)));
    }

    static boolean isUnit(String word) {
        return unit(word).isPresent();
    }

    /** The factor of a multiplier such as {@code k}, {@code M} or {@code billion}. */
    static OptionalDouble multiplier(String word) {
        Double letter = MULTIPLIERS.get(word);
        Double factor = letter != null ? letter : MULTIPLIER_WORDS.get(word.toLowerCase(Locale.ROOT));
        return factor == null ? OptionalDouble.empty() : OptionalDouble.of(factor);
    }

    /** {@code kb}, {@code gb} and the like: bytes or bits? Guessing would be wrong eightfold half the time. */
    static boolean isAmbiguous(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !isUnit(word) && lower.length() == 2 && lower.endsWith("b") && "kmgtp".indexOf(lower.charAt(0)) >= 0;
    }

    /** Why a word is not a unit, with the likeliest fix first. */
    static String unknown(String word) {
        String quoted = "'" + word + "'";
        if (multiplier(word).isPresent()) {
            return quoted + " multiplies a number (" + word + " = " + Formats.number(multiplier(word).getAsDouble())
                    + "). Put it right after the number, once, and the unit after it: 1.2k /s, 100M /month.";
        }
        if (isAmbiguous(word)) {
            String prefix = word.substring(0, 1).toUpperCase(Locale.ROOT);
            return quoted + " is ambiguous. Write " + prefix + "B for bytes or " + prefix + "b for bits "
                    + "(8 bits make a byte).";
        }
        if (word.equals("m")) {
            return "'m' is ambiguous. Write min for minutes or M for millions.";
        }
        return quoted + " is not a unit Design Coach knows. " + KNOWN;
    }
}
