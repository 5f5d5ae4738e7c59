package org.designcoach.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Recursive descent over the tokens of one expression, evaluating as it goes:
 * <pre>
 * relation   = expression {"=" expression}       "1B requests/day = 12K QPS"
 * expression = term {("+" | "-") term}
 * term       = unary {("*" | "/") unary}
 * unary      = ("-" | "+") unary | power
 * power      = postfix ["^" unary]            right-associative
 * postfix    = primary [unit]                 "retentionYears year"
 * primary    = number [multiplier] {unit} ["/" unit] | name | unit | "(" expression ")"
 * </pre>
 * A unit binds to the number before it, so {@code x / 2.5M s/month} divides by the whole quantity.
 * Names of values win over unit words everywhere, so a value may be called {@code h} without surprises.
 *
 * <p>Some text reads two ways, and the parser records each such place as a {@link Choice}: a {@code B}
 * after a number is billions or bytes, and a duration in a product may be a label ({@code 100M × 12 months
 * × 5 years} means 100M × 12 × 5). It takes the usual reading unless told to flip it; {@link Calculator}
 * flips only when the usual reading gives no sensible kind of quantity.
 */
final class ExpressionParser {

    static final int MAX_DEPTH = 50;
    private static final double BILLION = 1e9;

    private final List<Token> tokens;
    private final Map<String, Quantity> variables;
    private final Set<Integer> flips;
    private final List<Choice> choices = new ArrayList<>();
    private int next;
    private int depth;
    /** Whether the number about to be read multiplies a large count or a rate, so a glued B is its size. */
    private boolean sizeContext;
    private int literals;
    private boolean usesNames;
    private Quantity literalUnit = Quantity.number(1);

    /**
     * One place where the text reads two ways. {@code weight} orders equally good flips: a duration flipped
     * to a plain number weighs its unit, so of {@code 12 months × 5 years} the years are read as a count first.
     */
    record Choice(String usual, String other, double weight, boolean noteUsual) {
    }

    /**
     * The values of the parts between {@code =} signs (one for most expressions), the unit the last part is
     * written in when it is a single number with a unit (null otherwise), and the places read two ways.
     */
    record Parsed(List<Quantity> parts, @Nullable Quantity lastUnit, List<Choice> choices) {
    }

    ExpressionParser(List<Token> tokens, Map<String, Quantity> variables) {
        this(tokens, variables, Set.of());
    }

    ExpressionParser(List<Token> tokens, Map<String, Quantity> variables, Set<Integer> flips) {
        this.tokens = tokens;
        this.variables = variables;
        this.flips = flips;
    }

    /** The places read two ways so far, also when parsing stopped with an error. */
    List<Choice> choices() {
        return List.copyOf(choices);
    }

    Parsed parseRelation() {
        if (peek().kind() == Token.Kind.END) {
            throw new QuantityException("The expression is empty. Write a formula such as 100M /month / (2.5M s/month).");
        }
        List<Quantity> parts = new ArrayList<>();
        parts.add(part());
        while (peek().is('=')) {
            Token equals = take();
            if (peek().kind() == Token.Kind.END) {
                throw new QuantityException("Nothing follows the '=' " + equals.where()
                        + ". Write the value it should equal, or leave the '=' out.");
            }
            parts.add(part());
        }
        Quantity lastUnit = literals == 1 && !usesNames ? literalUnit : null;
        Token extra = peek();
        if (isPer(extra)) {
            throw new QuantityException("'per' " + extra.where() + " needs a unit after it, as in 10 per second.");
        }
        if (extra.isWord() && !variables.containsKey(extra.text()) && !Units.isUnit(extra.text())) {
            throw new QuantityException("'" + extra.text() + "' " + extra.where() + " follows a value but is not a unit. "
                    + Units.unknown(extra.text()));
        }
        if (extra.kind() != Token.Kind.END) {
            throw new QuantityException("Unexpected '" + extra.text() + "' " + extra.where()
                    + (extra.is(')') ? ": it closes a parenthesis that was never opened."
                    : ". Put an operator (+ - * / ^) between two values."));
        }
        return new Parsed(List.copyOf(parts), lastUnit, choices());
    }

    private Quantity part() {
        literals = 0;
        usesNames = false;
        return expression();
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
            sizeContext = times && (!result.isDimensionless() || Math.abs(result.value()) >= 1000);
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
        boolean size = sizeContext;
        sizeContext = false;
        Token token = take();
        if (token.kind() == Token.Kind.NUMBER) {
            Quantity variable = variables.get(token.text());
            if (variable != null) {
                usesNames = true;
                return variable;
            }
            return numberWithUnit(token, size);
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

    private Quantity numberWithUnit(Token number, boolean size) {
        literals++;
        Quantity value = Quantity.number(number.number());
        StringBuilder written = new StringBuilder(number.text());
        if (peek().isWord() && !Units.isUnit(peek().text()) && Units.multiplier(peek().text()).isPresent()) {
            written.append(' ').append(peek().text());
            value = value.times(Quantity.number(Units.multiplier(take().text()).getAsDouble()));
        } else if (peek().isWord() && peek().text().equals("B") && !variables.containsKey("B") && billions(number, size)) {
            written.append(number.touches(take()) ? "B" : " B");
            value = value.times(Quantity.number(BILLION));
        }
        Quantity unit = Quantity.number(1);
        while (peek().isWord() && unitWord(peek().text()).isPresent()) {
            written.append(' ').append(peek().text());
            unit = unit.times(unitWord(take().text()).orElseThrow());
        }
        if ((peek().is('/') || isPer(peek())) && peek(1).isWord() && unitWord(peek(1).text()).isPresent()) {
            written.append(' ').append(take().text()).append(' ').append(peek().text());
            unit = unit.dividedBy(unitWord(take().text()).orElseThrow());
        }
        literalUnit = unit;
        if (unit.dimension().equals(Dimension.TIME) && chosen("'" + written + "' is read as a duration",
                "'" + written + "' is read as the plain number " + Formats.number(value.value())
                        + ", because durations multiplied together mean nothing in an estimate",
                unit.value(), false)) {
            literalUnit = Quantity.number(1);
            return value;
        }
        return value.times(unit);
    }

    /**
     * Whether the B after a number means billions rather than bytes. A count word after it settles it
     * ({@code 1B requests}); otherwise a B glued to the number is billions ({@code 6B}, {@code 1B/day})
     * unless the number multiplies a large count or a rate, where it is the size of each ({@code 6B * 500B},
     * {@code 380 req/s * 500B}); and a B after a space is bytes ({@code 500 B}).
     */
    private boolean billions(Token number, boolean size) {
        Token b = peek();
        Token after = peek(1);
        if (after.isWord() && Units.isCountWord(after.text()) && !variables.containsKey(after.text())) {
            return true;
        }
        boolean glued = number.touches(b);
        boolean perTime = after.is('/') || isPer(after);
        boolean usual = glued && (perTime || !size);
        String written = number.text() + (glued ? "B" : " B");
        String asBillions = "'" + written + "' is read as " + number.text() + " billion";
        String asBytes = "'" + written + "' is read as " + number.text() + " bytes";
        boolean flipped = chosen(usual ? asBillions : asBytes, usual ? asBytes : asBillions, 0, glued);
        return usual != flipped;
    }

    /** Records a place read two ways; true when this run reads it the other way. */
    private boolean chosen(String usual, String other, double weight, boolean noteUsual) {
        int index = choices.size();
        choices.add(new Choice(usual, other, weight, noteUsual));
        return flips.contains(index);
    }

    private boolean isPer(Token token) {
        return token.isWord() && token.text().equalsIgnoreCase("per") && !variables.containsKey(token.text());
    }

    private Quantity named(Token name) {
        Quantity variable = variables.get(name.text());
        if (variable != null) {
            usesNames = true;
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
