package org.designcoach.estimation;

import java.util.regex.Pattern;

/**
 * Unit text after a number: unit words multiplied together, with at most one {@code /} (or the word
 * {@code per}) before the units that divide: {@code TB}, {@code /s}, {@code KB/s}, {@code s/month},
 * {@code requests per second}. One slash is enough for every estimate and keeps {@code a/b/c} from
 * meaning different things to different readers.
 */
final class UnitText {

    private static final Pattern PER = Pattern.compile("(?i)(^|\\s)per(\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UnitText() {
    }

    /** One of the unit the text names, such as 1000 B for {@code KB}. */
    static Quantity parse(String text) {
        String units = PER.matcher(text.strip()).replaceAll("$1/$2").strip();
        if (units.isEmpty()) {
            return Quantity.number(1);
        }
        int slash = units.indexOf('/');
        if (slash < 0) {
            return product(units);
        }
        if (units.indexOf('/', slash + 1) >= 0) {
            throw new QuantityException("'" + text.strip() + "' has more than one '/'. Write at most one, "
                    + "as in TB/s or GB/day; work out the rest with the calculator.");
        }
        String denominator = units.substring(slash + 1).strip();
        if (denominator.isEmpty()) {
            throw new QuantityException("'" + text.strip() + "' ends with '/'. Write the unit it is per, "
                    + "as in /s or GB/day.");
        }
        return product(units.substring(0, slash)).dividedBy(product(denominator));
    }

    private static Quantity product(String words) {
        Quantity result = Quantity.number(1);
        for (String word : SPACES.split(words.strip())) {
            if (!word.isEmpty()) {
                result = result.times(Units.unit(word).orElseThrow(() -> new QuantityException(Units.unknown(word))));
            }
        }
        return result;
    }
}
