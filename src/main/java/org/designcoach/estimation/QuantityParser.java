package org.designcoach.estimation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one quantity as people type it: {@code 100M /month}, {@code 1,200 QPS}, {@code 2.5e6},
 * {@code 500 B}, {@code 99.9%}, {@code 6 billion}, {@code 1B requests/day}, {@code five years},
 * {@code ~40 QPS}, {@code 10:1}. A {@code B} right after a number, or before a count word, is billions
 * ({@code 6B}, {@code 1B users}); after a space it is bytes ({@code 500 B}). Where the kind of quantity
 * wanted is known (a size field), the reading of that kind wins: {@code 500B} there is 500 bytes.
 */
public final class QuantityParser {

    /** Longer text is not a quantity someone typed, and bounding it keeps parsing cheap. */
    static final int MAX_LENGTH = 200;

    static final Pattern NUMBER = Pattern.compile(
            "(?:(\\d{1,3}(?:[,_]\\d{3})+|\\d+)(\\.\\d*)?|(\\.\\d+))([eE][+-]?\\d+)?");
    private static final Pattern BROKEN_REST = Pattern.compile("(?s)([.,_\\d].*|[eE][+-]?(\\d.*|[^a-zA-Z].*)?)");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?i:hundred|thousand|million|mln|billion|trillion|bn)(?=[\\s/]|$)|[kKMGT]");
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "(?i)^(?:[~≈]|about\\b|around\\b|roughly\\b|approximately\\b|approx\\.?|ca\\.)\\s*");
    private static final Pattern RATIO = Pattern.compile("([\\d.,_]+)\\s*:\\s*([\\d.,_]+)");
    /** A B standing for billions or bytes, and the text after it. */
    private static final Pattern B = Pattern.compile("(\\s*)B(?![A-Za-z])(.*)", Pattern.DOTALL);
    private static final String EXAMPLES = "Write a number and a unit, such as 40 /s, 1.2k QPS, 3 TB or 100M /month.";

    private QuantityParser() {
    }

    /**
     * The quantity the text describes.
     *
     * @throws QuantityException with a message saying what is wrong and how to write it
     */
    public static Quantity parse(String text) {
        return parse(text, null);
    }

    /**
     * The quantity the text describes, read as the kind {@code expected} where the text reads two ways.
     *
     * @throws QuantityException with a message saying what is wrong and how to write it
     */
    public static Quantity parse(String text, @Nullable Dimension expected) {
        if (text.isBlank()) {
            throw new QuantityException("The value is empty. " + EXAMPLES);
        }
        if (text.length() > MAX_LENGTH) {
            throw new QuantityException("The value is longer than " + MAX_LENGTH + " characters. " + EXAMPLES);
        }
        String trimmed = NumberWords.digits(APPROXIMATELY.matcher(text.strip()).replaceFirst("")).replace('−', '-');
        Matcher ratio = RATIO.matcher(trimmed);
        if (ratio.matches()) {
            return parse(ratio.group(1)).dividedBy(parse(ratio.group(2)));
        }
        if (trimmed.matches("-\\s*[\\d.].*")) {
            throw new QuantityException("'" + trimmed + "' is negative. Estimated quantities are never negative: "
                    + "write the size of the thing, such as 40 /s.");
        }
        String unsigned = trimmed.startsWith("+") ? trimmed.substring(1).stripLeading() : trimmed;
        Matcher number = NUMBER.matcher(unsigned);
        if (!number.lookingAt()) {
            throw new QuantityException("'" + trimmed + "' does not start with a number. " + EXAMPLES);
        }
        String rest = unsigned.substring(number.end());
        if (isBrokenNumber(rest)) {
            throw new QuantityException(notANumber(trimmed));
        }
        double value = Double.parseDouble(digits(number));
        if (value == 0 && number.group().matches(".*[1-9].*[eE].*")) {
            throw new QuantityException("'" + trimmed + "' is too small to be a real estimate: it rounds to zero. "
                    + "Check the exponent, or write 0 if you mean nothing.");
        }
        return Quantity.number(value).times(suffixOrBillions(rest, expected));
    }

    /** The suffix, where a B may be billions: the usual reading unless only the other has the kind expected. */
    private static Quantity suffixOrBillions(String rest, @Nullable Dimension expected) {
        Matcher b = B.matcher(rest);
        if (!b.matches()) {
            return suffix(rest);
        }
        String after = b.group(2).strip();
        String firstWord = after.split("[\\s/]", 2)[0];
        boolean usualBillions = b.group(1).isEmpty() || !firstWord.isEmpty() && Units.isCountWord(firstWord);
        Quantity usual = null;
        QuantityException failure = null;
        try {
            usual = usualBillions ? billions(after) : suffix(rest);
        } catch (QuantityException e) {
            failure = e;
        }
        if (usual != null && (expected == null || usual.dimension().equals(expected))) {
            return usual;
        }
        try {
            Quantity other = usualBillions ? suffix(rest) : billions(after);
            if (usual == null || other.dimension().equals(expected)) {
                return other;
            }
        } catch (QuantityException otherUnreadable) {
            if (usual == null) {
                throw failure;
            }
        }
        return usual;
    }

    private static Quantity billions(String unit) {
        return Quantity.number(1e9).times(UnitText.parse(unit));
    }

    /** Whether the text right after a number shows the number itself is malformed: {@code 12..5}, {@code 1e}. */
    static boolean isBrokenNumber(String rest) {
        return BROKEN_REST.matcher(rest).matches();
    }

    static String notANumber(String text) {
        return "'" + text + "' is not a number Design Coach can read. Write numbers like 1200, 1,200, 1_200, "
                + "1.2k or 1.2e3, with '.' for decimals.";
    }

    static String digits(Matcher number) {
        return number.group().replace(",", "").replace("_", "");
    }

    /** The multiplier and unit after the number: {@code M s/month} is a million times one s/month. */
    private static Quantity suffix(String rest) {
        String text = rest.strip();
        String unit = unitPart(text);
        double factor = unit.length() == text.length() ? 1
                : Units.multiplier(text.substring(0, text.length() - unit.length()).strip()).orElseThrow();
        return Quantity.number(factor).times(UnitText.parse(unit));
    }

    /**
     * The text after the multiplier, if any. A unit reading wins, so {@code Mb} stays megabits and
     * {@code Ms} is a million seconds; without a multiplier the unit's own error explains the problem.
     */
    private static String unitPart(String text) {
        try {
            UnitText.parse(text);
            return text;
        } catch (QuantityException notAUnit) {
            Matcher multiplier = MULTIPLIER.matcher(text);
            String firstWord = text.split("[\\s/]", 2)[0];
            if (!multiplier.lookingAt() || Units.isUnit(firstWord) || Units.isAmbiguous(firstWord)) {
                throw notAUnit;
            }
            String unit = text.substring(multiplier.end());
            UnitText.parse(unit);
            return unit;
        }
    }

    /** One of the unit a well-formed text such as {@code "1.2k /s"} is written in: {@code 1 /s}. */
    static Quantity unitOf(String text) {
        return UnitText.parse(unitText(text));
    }

    /** The unit a well-formed text such as {@code "1.2k /s"} is written in ({@code "/s"}); empty for none. */
    public static String unitText(String text) {
        Matcher number = NUMBER.matcher(text.strip());
        String rest = number.lookingAt() ? text.strip().substring(number.end()).strip() : text.strip();
        return unitPart(rest).strip();
    }
}
