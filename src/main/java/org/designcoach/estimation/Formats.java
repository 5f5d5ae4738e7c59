package org.designcoach.estimation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Readable numbers: three significant digits and SI-like prefixes, because an estimate is only ever
 * right to a digit or two and {@code 38.58024691358} hides that.
 */
final class Formats {

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final String[] COUNT_PREFIXES = {"", "k", "M", "G", "T", "P", "E"};
    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

    private Formats() {
    }

    /** A count with a prefix glued on: {@code 40}, {@code 1.2k}, {@code 6G}, {@code 3.52T}. */
    static String number(double value) {
        return prefixed(value, COUNT_PREFIXES, "");
    }

    /** A data size with a decimal byte unit: {@code 500 B}, {@code 3 TB}. */
    static String bytes(double value) {
        double rounded = round(value);
        int step = step(rounded);
        if (step < 0 || step >= BYTE_UNITS.length) {
            return plain(rounded) + " B";
        }
        return plain(rounded / Math.pow(1000, step)) + " " + BYTE_UNITS[step];
    }

    private static String prefixed(double value, String[] prefixes, String separator) {
        double rounded = round(value);
        int step = step(rounded);
        if (step < 0 || step >= prefixes.length) {
            return plain(rounded);
        }
        return plain(rounded / Math.pow(1000, step)) + separator + prefixes[step];
    }

    /** Powers of 1000 to divide by, or -1 when a prefix does not help (zero or below 1000). */
    private static int step(double rounded) {
        double magnitude = Math.abs(rounded);
        if (magnitude < 1000) {
            return -1;
        }
        int step = 0;
        while (magnitude >= 1000) {
            magnitude /= 1000;
            step++;
        }
        return step;
    }

    private static double round(double value) {
        return value == 0 ? 0 : new BigDecimal(value).round(THREE_DIGITS).doubleValue();
    }

    /** Three significant digits without trailing zeros; scientific only where a decimal would mislead. */
    private static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal digits = new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 0.001 && magnitude < 1e6) {
            return digits.toPlainString();
        }
        return digits.toString().replace("E+", "e").replace("E", "e");
    }

    /** A unit name for any dimension: {@code /s}, {@code B/s}, {@code s^2}, {@code B^2/s^3}. */
    static String unitName(Dimension dimension) {
        String numerator = power("B", dimension.data(), 1) + joiner(dimension) + power("s", dimension.time(), 1);
        String denominator = power("B", dimension.data(), -1) + power("s", dimension.time(), -1);
        return denominator.isEmpty() ? numerator.strip() : numerator.strip() + "/" + denominator;
    }

    private static String joiner(Dimension dimension) {
        return dimension.data() > 0 && dimension.time() > 0 ? "·" : "";
    }

    private static String power(String symbol, int exponent, int sign) {
        if (exponent * sign <= 0) {
            return "";
        }
        int magnitude = Math.abs(exponent);
        return magnitude == 1 ? symbol : symbol + "^" + magnitude;
    }
}
