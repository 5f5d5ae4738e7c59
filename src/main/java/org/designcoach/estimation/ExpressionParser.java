package org.designcoach.estimation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Recursive descent over the tokens of one expression, evaluating as it goes:
 * <pre>
 * expression = term {("+" | "-") term}
 * term       = unary {("*" | "/") unary}
 * unary      = ("-" | "+") unary | power
 * power      = postfix ["^" unary]            right-associative
 * postfix    = primary [unit]                 "retentionYears year"
 * primary    = number [multiplier] {unit} ["/" unit] | name | unit | "(" expression ")"
 * </pre>
 * A unit binds to the number before it, so {@code x / 2.5M s/month} divides by the whole quantity.
 * Names of values win over unit words everywhere, so a value may be called {@code h} without surprises.
 */
final class ExpressionParser {

    static final int MAX_DEPTH = 50;

    private final List<Token> tokens;
    private final Map<String, Quantity> variables;
    private int next;
    private int depth;

    ExpressionParser(List<Token> tokens, Map<String, Quantity> variables) {
        this.tokens = tokens;
        this.variables = variables;
    }

    Quantity parseAll() {
        if (peek().kind() == Token.Kind.END) {
            throw new QuantityException("The expression is empty. Write a formula such as 100M /month / (2.5M s/month).");
        }
        Quantity result = expression();
        Token extra = peek();
        if (extra.kind() != Token.Kind.END) {
            throw new QuantityException("Unexpected '" + extra.text() + "' " + extra.where()
                    + (extra.is(')') ? ": it closes a parenthesis that was never opened."
                    : ". Put an operator (+ - * / ^) between two values."));
        }
        return result;
    }

    private Quantity expression() {
        Quantity result = term();
        while (peek().is('+') || peek().is('-')) {
            boolean plus = take().is('+');
            Quantity right = term();
            result = plus ? result.plus(right) : result.minus(right);
        }
        return result;
    }

    private Quantity term() {
        Quantity result = unary();
        while (peek().is('*') || peek().is('/')) {
            boolean times = take().is('*');
            Quantity right = unary();
            result = times ? result.times(right) : result.dividedBy(right);
        }
        return result;
    }

    private Quantity unary() {
        if (peek().is('-') || peek().is('+')) {
            boolean minus = take().is('-');
            enter();
            Quantity operand = unary();
            depth--;
            return minus ? Quantity.number(-1).times(operand) : operand;
        }
        return power();
    }

    private Quantity power() {
        Quantity base = postfix();
        if (!peek().is('^')) {
            return base;
        }
        take();
        enter();
        Quantity exponent = unary();
        depth--;
        return base.pow(exponent);
    }

    private Quantity postfix() {
        Token start = peek();
        Quantity value = primary();
        if (start.kind() != Token.Kind.NUMBER && peek().isWord() && unitWord(peek().text()).isPresent()) {
            Token unitToken = take();
            return expressedIn(value, start, unitToken.text(), unitWord(unitToken.text()).orElseThrow());
        }
        return value;
    }

    /** A unit after a name labels it: a plain number takes the unit, a value of that kind keeps its own. */
    private static Quantity expressedIn(Quantity value, Token start, String unitName, Quantity unit) {
        if (value.isDimensionless()) {
            return value.times(unit);
        }
        if (value.isCompatibleWith(unit)) {
            return value;
        }
        throw new QuantityException("'" + start.text() + "' is " + value.format() + ", which cannot be read as "
                + unitName + " (" + unit.dimension().describe() + ").");
    }

    private Quantity primary() {
        Token token = take();
        if (token.kind() == Token.Kind.NUMBER) {
            return numberWithUnit(token);
        }
        if (token.isWord()) {
            return named(token);
        }
        if (token.is('(')) {
            enter();
            Quantity inner = expression();
            depth--;
            if (!take().is(')')) {
                throw new QuantityException("A '(' at character " + token.position() + " is never closed. Add a ')'.");
            }
            return inner;
        }
        throw new QuantityException((token.kind() == Token.Kind.END ? "The expression ends too early"
                : "Unexpected '" + token.text() + "' " + token.where()) + ": a number, name or '(' should come here.");
    }

    private Quantity numberWithUnit(Token number) {
        Quantity value = Quantity.number(number.number());
        if (peek().isWord() && !Units.isUnit(peek().text()) && Units.multiplier(peek().text()).isPresent()) {
            value = value.times(Quantity.number(Units.multiplier(take().text()).getAsDouble()));
        }
        while (peek().isWord() && unitWord(peek().text()).isPresent()) {
            value = value.times(unitWord(take().text()).orElseThrow());
        }
        if (peek().is('/') && peek(1).isWord() && unitWord(peek(1).text()).isPresent()) {
            take();
            value = value.dividedBy(unitWord(take().text()).orElseThrow());
        }
        return value;
    }

    private Quantity named(Token name) {
        Quantity variable = variables.get(name.text());
        if (variable != null) {
            return variable;
        }
        return Units.unit(name.text()).orElseThrow(() -> new QuantityException(unknownName(name)));
    }

    private String unknownName(Token name) {
        String known = variables.isEmpty() ? "There are no named values here; write numbers with units instead."
                : "Known names: " + String.join(", ", new TreeSet<>(variables.keySet())) + ".";
        return "'" + name.text() + "' " + name.where() + " is neither a known value nor a unit. " + known;
    }

    /** A word read as a unit, unless a value of that name exists. */
    private Optional<Quantity> unitWord(String word) {
        return variables.containsKey(word) ? Optional.empty() : Units.unit(word);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new QuantityException("The expression nests more than " + MAX_DEPTH
                    + " levels deep (parentheses, signs or powers). Split it into simpler steps.");
        }
    }

    private Token peek() {
        return peek(0);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token take() {
        Token token = peek();
        if (next < tokens.size() - 1) {
            next++;
        }
        return token;
    }
}
