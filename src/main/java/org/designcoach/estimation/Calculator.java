package org.designcoach.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the formulas of an estimate, such as {@code newLinksPerMonth / (2.5M s/month)} or
 * {@code 62 ^ codeLength}, with units carried through so that a wrong kind of result shows.
 * Numbers take units as {@link QuantityParser} reads them; names refer to the given values.
 *
 * <p>People write estimates loosely: {@code 6B * 500B = 3 TB} has a billion and a byte in it, and
 * {@code 100M × 12 months × 5 years} multiplies durations that are really counts. The calculator reads
 * such text the usual way first; only when that gives no sensible kind of quantity (or not the kind asked
 * for) does it try the other readings, fewest changes first, and it says which reading it took.
 */
public final class Calculator {

    /** Formulas are one line of arithmetic; anything longer is pasted text, not a formula. */
    public static final int MAX_LENGTH = 500;

    /** The kinds an estimate's result can have: a count, a duration, a rate, a size or a bandwidth. */
    private static final Set<Dimension> SENSIBLE = Set.of(Dimension.NONE, Dimension.TIME, Dimension.RATE,
            Dimension.DATA, Dimension.DATA_RATE);
    /** Readings tried at most: two to the power of the places read two ways (256 parses, about 10 ms at worst on these cores). */
    private static final int MAX_CHOICES = 8;

    private Calculator() {
    }

    /**
     * The result of an expression. {@code readings} says how text that reads two ways was read;
     * {@code claimed} is the value after the last {@code =} or {@code ≈} when the learner wrote one
     * ({@code 1B requests/day ≈ 12K QPS}), and then {@code value} is the left side.
     */
    public record Evaluation(Quantity value, List<String> readings, @Nullable Quantity claimed) {

        /** Whether the left side agrees with the claimed value within a relative tolerance. */
        public boolean agrees(double relative) {
            return claimed != null && value.isCompatibleWith(claimed)
                    && Math.abs(value.value() - claimed.value()) <= relative * Math.abs(claimed.value());
        }
    }

    /**
     * The value of the expression.
     *
     * @throws QuantityException saying what is wrong and where, for any input that is not a sound formula
     */
    public static Quantity evaluate(String expression, Map<String, Quantity> variables) {
        return work(expression, variables, null).value();
    }

    /**
     * The value of an expression that may end in {@code = value}, read towards the kind {@code expected}
     * when given (the unit of the field it is for).
     *
     * @throws QuantityException saying what is wrong and where, for any input that is not a sound formula
     */
    public static Evaluation work(String expression, Map<String, Quantity> variables, @Nullable Dimension expected) {
        if (expression.length() > MAX_LENGTH) {
            throw new QuantityException("The expression is longer than " + MAX_LENGTH
                    + " characters. Split it into steps with names of their own.");
        }
        List<Token> tokens = Lexer.tokens(expression);
        Map<String, Quantity> names = Map.copyOf(variables);
        ExpressionParser usual = new ExpressionParser(tokens, names);
        ExpressionParser.Parsed parsed = null;
        QuantityException failure = null;
        try {
            parsed = usual.parseRelation();
        } catch (QuantityException e) {
            failure = e;
        }
        Dimension wanted = expected != null ? expected
                : parsed != null && parsed.parts().size() > 1 ? parsed.parts().getLast().dimension() : null;
        if (parsed == null || !fits(parsed.parts().getFirst(), wanted)) {
            List<ExpressionParser.Choice> choices = parsed != null ? parsed.choices() : usual.choices();
            ExpressionParser.Parsed other = otherReading(tokens, names, choices, wanted);
            if (other != null) {
                parsed = other;
            }
        }
        if (parsed == null) {
            throw failure;
        }
        return evaluation(parsed);
    }

    private static boolean fits(Quantity value, @Nullable Dimension wanted) {
        return wanted != null ? value.dimension().equals(wanted) : SENSIBLE.contains(value.dimension());
    }

    /** The reading with the fewest changes that fits, or null when none does. */
    private static ExpressionParser.@Nullable Parsed otherReading(List<Token> tokens, Map<String, Quantity> names,
            List<ExpressionParser.Choice> choices, @Nullable Dimension wanted) {
        int places = Math.min(choices.size(), MAX_CHOICES);
        for (int changes = 1; changes <= places; changes++) {
            List<Set<Integer>> flipSets = new ArrayList<>();
            subsets(places, changes, 0, new ArrayList<>(), flipSets);
            flipSets.sort(Comparator.comparingDouble((Set<Integer> flips) -> -weight(flips, choices)));
            for (Set<Integer> flips : flipSets) {
                try {
                    ExpressionParser.Parsed parsed = new ExpressionParser(tokens, names, flips).parseRelation();
                    Dimension target = wanted != null ? wanted
                            : parsed.parts().size() > 1 ? parsed.parts().getLast().dimension() : null;
                    if (fits(parsed.parts().getFirst(), target)) {
                        return new ExpressionParser.Parsed(parsed.parts(), parsed.lastUnit(),
                                flipped(parsed.choices(), flips));
                    }
                } catch (QuantityException unreadable) {
                    // This reading does not parse; the next one may.
                    continue;
                }
            }
        }
        return null;
    }

    private static void subsets(int places, int size, int from, List<Integer> chosen, List<Set<Integer>> into) {
        if (chosen.size() == size) {
            into.add(Set.copyOf(chosen));
            return;
        }
        for (int place = from; place < places; place++) {
            chosen.add(place);
            subsets(places, size, place + 1, chosen, into);
            chosen.removeLast();
        }
    }

    private static double weight(Set<Integer> flips, List<ExpressionParser.Choice> choices) {
        return flips.stream().mapToDouble(index -> choices.get(index).weight()).sum();
    }

    /** The choices as read: a flipped one's other reading becomes the one to note. */
    private static List<ExpressionParser.Choice> flipped(List<ExpressionParser.Choice> choices, Set<Integer> flips) {
        List<ExpressionParser.Choice> read = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ExpressionParser.Choice choice = choices.get(i);
            read.add(flips.contains(i) ? new ExpressionParser.Choice(choice.other(), choice.usual(), 0, true) : choice);
        }
        return read;
    }

    private static Evaluation evaluation(ExpressionParser.Parsed parsed) {
        List<String> readings = parsed.choices().stream().filter(ExpressionParser.Choice::noteUsual)
                .map(ExpressionParser.Choice::usual).toList();
        Quantity value = parsed.parts().getFirst();
        if (parsed.parts().size() == 1) {
            return new Evaluation(value, readings, null);
        }
        Quantity claimed = parsed.parts().getLast();
        if (value.isDimensionless() && !claimed.isDimensionless()) {
            // "40 × 10 = 400 QPS": the bare left side is in the unit the right side is written in.
            Quantity unit = parsed.lastUnit() != null && !parsed.lastUnit().isDimensionless() ? parsed.lastUnit()
                    : new Quantity(1, claimed.dimension());
            List<String> withUnit = new ArrayList<>(readings);
            withUnit.add("The left side has no unit, so it is read in the unit of the right side.");
            return new Evaluation(value.times(unit), List.copyOf(withUnit), claimed);
        }
        return new Evaluation(value, readings, claimed);
    }
}
