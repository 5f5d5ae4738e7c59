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

    static final String KNOWN = "Use s, min, h, day, month, year, B, KB, MB, GB, TB, PB, bits such as Mbps or "
            + "Gbit/s, rates such as /s, QPS or 'per day', % or x, or counts such as requests, users, DAU or records.";

    private static final double DAY = 86_400;
    private static final List<String> COUNT_NOUNS = List.of("req", "request", "event", "message", "msg", "user",
            "link", "url", "write", "read", "query", "record", "item", "call", "op", "operation", "order",
            "transfer", "payment", "notification", "build", "deploy", "deployment", "reading", "device", "tenant",
            "row", "object", "file", "click", "redirect", "visit", "view", "upload", "stream", "transaction",
            "txn", "hit", "session", "connection", "character", "char", "entry", "decision", "code", "product",
            "employee", "developer", "service", "pod", "server", "instance", "node", "task", "job", "push",
            "dau", "mau", "wau", "response", "customer", "visitor", "subscriber", "member", "account", "photo",
            "image", "video", "post", "tweet", "like", "comment", "page", "pageview", "search", "email", "sms",
            "alert", "log", "metric", "sample", "span", "packet", "document", "doc", "word", "key", "purchase",
            "sale", "booking", "ride", "trip", "song", "shipment", "invoice", "ticket", "follower", "player");
    /**
     * Words that qualify a count without changing it ({@code 100M new URLs}, {@code 1 KB each}); they
     * read as one, like a count noun, so the text around them keeps its meaning.
     */
    private static final List<String> QUALIFIERS = List.of("new", "active", "unique", "total", "concurrent",
            "each", "apiece");
    private static final java.util.Set<String> COUNT_WORDS = new java.util.HashSet<>();
    private static final Map<String, Quantity> EXACT = new HashMap<>();
    private static final Map<String, Quantity> WORDS = new HashMap<>();
    private static final Map<String, Double> MULTIPLIERS = Map.of("k", 1e3, "K", 1e3, "M", 1e6, "G", 1e9,
            "T", 1e12);
    private static final Map<String, Double> MULTIPLIER_WORDS = Map.of("hundred", 1e2, "thousand", 1e3,
            "million", 1e6, "mln", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12);

    static {
        exact(Dimension.TIME, 0.001, "ms");
        exact(Dimension.TIME, 1e-6, "us");
        exact(Dimension.TIME, 1e-6, "µs");
        exact(Dimension.TIME, 1e-6, "μs");
        exact(Dimension.TIME, 1e-9, "ns");
        words(Dimension.TIME, 1, "s", "sec", "secs", "second", "seconds");
        words(Dimension.TIME, 60, "min", "mins", "minute", "minutes");
        words(Dimension.TIME, 3_600, "h", "hr", "hrs", "hour", "hours");
        words(Dimension.TIME, DAY, "day", "days", "d");
        words(Dimension.TIME, 7 * DAY, "week", "weeks", "wk", "wks");
        words(Dimension.TIME, 30 * DAY, "month", "months", "mo", "mos", "mth", "mths");
        words(Dimension.TIME, 365 * DAY, "year", "years", "yr", "yrs", "y");
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
            exact(Dimension.DATA, decimal / 8, prefixes[i] + "bit");
            exact(Dimension.DATA, decimal / 8, prefixes[i] + "bits");
        }
        exact(Dimension.DATA, 1000.0 / 8, "kbit");
        exact(Dimension.DATA, 1000.0 / 8, "kbits");
        exact(Dimension.DATA, 1, "B");
        exact(Dimension.DATA, 0.125, "b");
        exact(Dimension.DATA, 1000, "kB");
        exact(Dimension.DATA_RATE, 0.125, "bps");
        exact(Dimension.DATA_RATE, 125, "kbps");
        for (String noun : COUNT_NOUNS) {
            String plural = noun.matches(".*[^aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies"
                    : noun.endsWith("sh") ? noun + "es" : noun + "s";
            words(Dimension.NONE, 1, noun, plural);
            COUNT_WORDS.add(noun);
            COUNT_WORDS.add(plural);
        }
        for (String qualifier : QUALIFIERS) {
            words(Dimension.NONE, 1, qualifier);
            COUNT_WORDS.add(qualifier);
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

    /** A word that names things counted ({@code requests}, {@code DAU}) or qualifies them ({@code new}). */
    static boolean isCountWord(String word) {
        return COUNT_WORDS.contains(word.toLowerCase(Locale.ROOT));
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
