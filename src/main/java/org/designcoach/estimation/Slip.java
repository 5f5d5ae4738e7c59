package org.designcoach.estimation;

import java.util.List;

/**
 * The two slips an interviewer reacts to at once: an answer of the wrong kind or in the wrong unit
 * (a rate per day written as per second, bits for bytes), and an answer a power of ten away from what
 * the learner's own assumptions give. Both are judged against the learner's own arithmetic, never the
 * case's figures, so naming them gives nothing of the reference away.
 */
public enum Slip {
    NONE, UNIT, TENFOLD;

    /** Factors between units that people mix up, with the pair that gives each. */
    private record Mixup(double factor, String units) {
    }

    private static final List<Mixup> MIXUPS = List.of(new Mixup(8, "bits and bytes"),
            new Mixup(60, "minutes and seconds"), new Mixup(3_600, "hours and seconds"),
            new Mixup(86_400, "days and seconds"), new Mixup(2_592_000, "months and seconds"),
            new Mixup(30, "months and days"), new Mixup(24, "days and hours"), new Mixup(7, "weeks and days"),
            new Mixup(12, "years and months"), new Mixup(365, "years and days"));

    /** A slip found in one line: which kind and a sentence saying what it looks like. */
    public record Found(Slip slip, String note) {

        static final Found NONE = new Found(Slip.NONE, "");
    }

    /**
     * The slip in an answer against what the learner's own values give, within a relative tolerance;
     * {@link Found#NONE} when the answer agrees or the difference has no telling factor.
     */
    static Found in(Quantity answer, Quantity expected, double relative) {
        if (!answer.isCompatibleWith(expected)) {
            return new Found(UNIT, "Unit slip: your answer is " + answer.dimension().describe()
                    + ", but this line is " + expected.dimension().describe() + ".");
        }
        if (answer.value() <= 0 || expected.value() <= 0) {
            return Found.NONE;
        }
        double ratio = answer.value() / expected.value();
        if (close(ratio, 1, relative)) {
            return Found.NONE;
        }
        String direction = ratio > 1 ? "times what your own values give" : "times smaller than your own values give";
        double factor = ratio > 1 ? ratio : 1 / ratio;
        for (Mixup mixup : MIXUPS) {
            if (close(factor, mixup.factor(), relative)) {
                return new Found(UNIT, "Unit slip: your answer is " + Formats.number(mixup.factor()) + " " + direction
                        + " (" + expected.format() + "), the factor between " + mixup.units() + ".");
            }
        }
        long power = Math.round(Math.log10(factor));
        if (power >= 1 && close(factor, Math.pow(10, power), relative)) {
            return new Found(TENFOLD, Formats.number(Math.pow(10, power)) + "× slip: your answer is "
                    + Formats.number(Math.pow(10, power)) + " " + direction + " (" + expected.format()
                    + "); check the zeros and the prefixes (k, M, G).");
        }
        return Found.NONE;
    }

    private static boolean close(double value, double target, double relative) {
        return Math.abs(value - target) <= relative * target;
    }
}
