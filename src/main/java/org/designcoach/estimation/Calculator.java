package org.designcoach.estimation;

import java.util.Map;

/**
 * Evaluates the formulas of an estimate, such as {@code newLinksPerMonth / (2.5M s/month)} or
 * {@code 62 ^ codeLength}, with units carried through so that a wrong kind of result shows.
 * Numbers take units as {@link QuantityParser} reads them; names refer to the given values.
 */
public final class Calculator {

    /** Formulas are one line of arithmetic; anything longer is pasted text, not a formula. */
    public static final int MAX_LENGTH = 500;

    private Calculator() {
    }

    /**
     * The value of the expression.
     *
     * @throws QuantityException saying what is wrong and where, for any input that is not a sound formula
     */
    public static Quantity evaluate(String expression, Map<String, Quantity> variables) {
        if (expression.length() > MAX_LENGTH) {
            throw new QuantityException("The expression is longer than " + MAX_LENGTH
                    + " characters. Split it into steps with names of their own.");
        }
        return new ExpressionParser(Lexer.tokens(expression), Map.copyOf(variables)).parseAll();
    }
}
