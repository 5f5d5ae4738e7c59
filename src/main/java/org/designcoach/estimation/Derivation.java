package org.designcoach.estimation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula with the learner's numbers put in, as a learner would write it on paper:
 * {@code newLinksPerMonth / (2.5M s/month)} becomes {@code 100M /month ÷ (2.5M s/month)}.
 * A {@code /} with spaces on both sides is division; one inside a unit such as {@code s/month} stays.
 * A unit word after a name is left out when the learner's value already shows a unit: the formula's
 * {@code retentionYears year} with {@code 5 years} reads {@code 5 years}, not {@code 5 years year}.
 */
final class Derivation {

    private static final Pattern PIECES = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\s/\\s|\\*");

    private Derivation() {
    }

    /** {@code texts} holds what to show for each name; {@code values} tells which of them carry a unit. */
    static String substitute(String formula, Map<String, String> texts, Map<String, Quantity> values) {
        String source = formula.strip();
        Matcher piece = PIECES.matcher(source);
        StringBuilder result = new StringBuilder();
        int copied = 0;
        boolean unitShown = false;
        while (piece.find()) {
            String between = source.substring(copied, piece.start());
            String token = piece.group();
            boolean redundant = unitShown && between.isBlank() && !texts.containsKey(token) && Units.isUnit(token);
            if (!redundant) {
                result.append(between).append(shown(token, texts));
            }
            unitShown = texts.containsKey(token) && values.containsKey(token) && !values.get(token).isDimensionless();
            copied = piece.end();
        }
        return result.append(source.substring(copied)).toString();
    }

    private static String shown(String token, Map<String, String> texts) {
        return switch (token.strip()) {
            case "*" -> "×";
            case "/" -> " ÷ ";
            default -> texts.getOrDefault(token, token);
        };
    }
}
