package org.designcoach.estimation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one quantity as people type it: {@code 100M /month}, {@code 1,200 QPS}, {@code 2.5e6},
 * {@code 500 B}, {@code 99.9%}, {@code 6 billion}. After a number {@code B} is bytes, never billions:
 * {@code 500 B} is a record size, so billions are written {@code G} or {@code billion}.
 */
public final class QuantityParser {

    /** Longer text is not a quantity someone typed, and bounding it keeps parsing cheap. */
    static final int MAX_LENGTH = 200;

    static final Pattern NUMBER = Pattern.compile(
            "(?:(\\d{1,3}(?:[,_]\\d{3})+|\\d+)(\\.\\d*)?|(\\.\\d+))([eE][+-]?\\d+)?");
    private static final Pattern BROKEN_REST = Pattern.compile("(?s)([.,_\\d].*|[eE][+-]?(\\d.*|[^a-zA-Z].*)?)");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "(?i:thousand|million|billion|trillion|bn)(?=[\\s/]|$)|[kKMGT]");
    private static final String EXAMPLES = "Write a number and a unit, such as 40 /s, 1.2k QPS, 3 TB or 100M /month.";

    private QuantityParser() {
    }

    /**
     * The quantity the text describes.
     *
     * @throws QuantityException with a message saying what is wrong and how to write it
     */
    public static Quantity parse(String text) {
        if (text.isBlank()) {
            throw new QuantityException("The value is empty. " + EXAMPLES);
        }
        if (text.length() > MAX_LENGTH) {
            throw new QuantityException("The value is longer than " + MAX_LENGTH + " characters. " + EXAMPLES);
        }
        String trimmed = text.strip().replace('−', '-');
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
        return Quantity.number(value).times(suffix(rest));
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
