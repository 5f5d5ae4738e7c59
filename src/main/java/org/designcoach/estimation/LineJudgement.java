package org.designcoach.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The work for one line: read the answer and the reference, work out the formula, compare, explain. */
final class LineJudgement {

    private final ReferenceLine line;
    private final Tolerances tolerances;
    private final List<String> sentences = new ArrayList<>();
    private final @Nullable Quantity reference;
    private final String referenceUnit;
    private final WorksheetValues.@Nullable Reading answer;
    private final @Nullable Quantity expected;
    private final String derivation;

    LineJudgement(ReferenceLine line, @Nullable String typed, WorksheetValues values, Tolerances tolerances) {
        this.line = line;
        this.tolerances = tolerances;
        this.reference = readReference();
        this.referenceUnit = reference == null ? "" : QuantityParser.unitText(line.value());
        this.answer = readAnswer(typed);
        this.expected = workOut(values);
        String substituted = Derivation.substitute(line.formula(), values.texts(), values.values());
        this.derivation = expected == null ? substituted : substituted + " = " + show(expected);
    }

    LineCheck check() {
        Arithmetic arithmetic = arithmetic();
        Magnitude magnitude = magnitude();
        Slip.Found slip = answer == null || expected == null || arithmetic == Arithmetic.RIGHT ? Slip.Found.NONE
                : Slip.in(answer.quantity(), expected, tolerances.relative());
        return new LineCheck(line.id(), line.label(), arithmetic, magnitude, expected,
                answer == null ? null : answer.quantity(), derivation, String.join(" ", sentences), slip.slip(),
                slip.note());
    }

    String answerText() {
        return answer == null ? "" : answer.text();
    }

    /** A value in the unit the case writes this line in, so a per-day line is not shown per second. */
    String show(Quantity value) {
        return reference != null && value.isCompatibleWith(reference) ? value.format(referenceUnit) : value.format();
    }

    private @Nullable Quantity readReference() {
        try {
            return QuantityParser.parse(line.value());
        } catch (QuantityException unreadable) {
            sentences.add("The case's own value '" + line.value() + "' cannot be read, so the size of your answer "
                    + "cannot be compared: " + unreadable.getMessage());
            return null;
        }
    }

    private WorksheetValues.@Nullable Reading readAnswer(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            sentences.add("There is no answer for this line yet: write a number with its unit"
                    + (referenceUnit.isEmpty() ? "." : ", in " + referenceUnit + " for example."));
            return null;
        }
        try {
            WorksheetValues.Reading reading = WorksheetValues.Reading.of(typed, reference == null ? null : line.value());
            if (reading.unitAssumed()) {
                sentences.add("Your '" + typed.strip() + "' is read as " + reading.text()
                        + ", the unit of this line; write the unit to be sure.");
            }
            return reading;
        } catch (QuantityException unreadable) {
            sentences.add("Your answer '" + typed.strip() + "' is not a quantity: " + unreadable.getMessage());
            return null;
        }
    }

    private @Nullable Quantity workOut(WorksheetValues values) {
        Optional<String> missing = values.missingFor(line.formula());
        if (missing.isPresent()) {
            sentences.add("The arithmetic cannot be checked. " + capitalised(missing.get()));
            return null;
        }
        try {
            return Calculator.evaluate(line.formula(), values.values());
        } catch (QuantityException impossible) {
            sentences.add("The formula " + line.formula() + " cannot be worked out with your values: "
                    + impossible.getMessage());
            return null;
        }
    }

    private Arithmetic arithmetic() {
        if (expected == null || answer == null) {
            return Arithmetic.CANNOT_CHECK;
        }
        Quantity given = answer.quantity();
        if (!given.isCompatibleWith(expected)) {
            sentences.add("Your answer " + answer.text() + " is " + given.dimension().describe() + ", but this line is "
                    + expected.dimension().describe() + " (your assumptions give " + show(expected)
                    + "), so the arithmetic cannot be checked.");
            return Arithmetic.CANNOT_CHECK;
        }
        double difference = Math.abs(given.value() - expected.value());
        if (difference <= tolerances.relative() * Math.abs(expected.value())) {
            sentences.add("The arithmetic is right: your assumptions give " + show(expected) + ".");
            return Arithmetic.RIGHT;
        }
        sentences.add("The arithmetic is off: with your assumptions, " + derivation + ", but your answer is "
                + answer.text() + ".");
        return Arithmetic.WRONG;
    }

    private Magnitude magnitude() {
        if (answer == null || reference == null) {
            return Magnitude.CANNOT_CHECK;
        }
        Quantity given = answer.quantity();
        if (!given.isCompatibleWith(reference)) {
            sentences.add("The size cannot be compared: the case gives this line as " + reference.dimension().describe()
                    + ", such as " + line.value().strip() + ".");
            return Magnitude.CANNOT_CHECK;
        }
        String factor = Formats.number(tolerances.factor());
        if (given.value() > reference.value() * tolerances.factor()) {
            sentences.add("It is more than " + factor + " times the case's " + line.value().strip()
                    + ": check the assumptions behind it.");
            return Magnitude.TOO_HIGH;
        }
        if (given.value() * tolerances.factor() < reference.value()) {
            sentences.add("It is less than 1/" + factor + " of the case's " + line.value().strip()
                    + ": check the assumptions behind it.");
            return Magnitude.TOO_LOW;
        }
        sentences.add("It is within a factor of " + factor + " of the case's " + line.value().strip() + ".");
        return Magnitude.WITHIN;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
