package org.designcoach.estimation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula with the learner's numbers put in, as a learner would write it on paper:
 * {@code newLinksPerMonth / (2.5M s/month)} becomes {@code 100M /month ÷ (2.5M s/month)}.
 * A {@code /} with spaces on both sides is division; one inside a unit such as {@code s/month} stays.
 */
final class Derivation {

    private static final Pattern PIECES = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\s/\\s|\\*");

    private Derivation() {
    }

    static String substitute(String formula, Map<String, String> texts) {
        Matcher piece = PIECES.matcher(formula.strip());
        StringBuilder result = new StringBuilder();
        while (piece.find()) {
            String text = piece.group();
            String replacement = switch (text.strip()) {
                case "*" -> "×";
                case "/" -> " ÷ ";
                default -> texts.getOrDefault(text, text);
            };
            piece.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        piece.appendTail(result);
        return result.toString();
    }
}
