package org.designcoach.estimation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values a learner's formulas see: their assumptions, then each checked line as it is done. Every
 * name has either a value with the text to show for it, or a reason why it has none.
 */
final class WorksheetValues {

    private final Map<String, Quantity> values = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    WorksheetValues(ReferenceEstimate reference, LearnerWorksheet learner) {
        reference.assumptions().forEach((id, referenceText) -> {
            String typed = learner.assumptions().get(id);
            if (typed == null || typed.isBlank()) {
                problems.put(id, "you have not given a value for the assumption " + id + ".");
                return;
            }
            try {
                Reading reading = Reading.of(typed, referenceText);
                put(id, reading.quantity(), reading.text());
            } catch (QuantityException unreadable) {
                problems.put(id, "your assumption " + id + " ('" + typed.strip() + "') is not a quantity: "
                        + unreadable.getMessage());
            }
        });
    }

    void put(String id, Quantity value, String text) {
        values.put(id, value);
        texts.put(id, text);
        problems.remove(id);
    }

    void unavailable(String id, String label) {
        problems.put(id, "the line '" + label + "' (" + id + ") has no value to build on.");
    }

    Map<String, Quantity> values() {
        return Map.copyOf(values);
    }

    Map<String, String> texts() {
        return Map.copyOf(texts);
    }

    /** Why the formula cannot be worked out, naming the first value it needs and lacks. */
    Optional<String> missingFor(String formula) {
        return problems.entrySet().stream()
                .filter(problem -> Pattern.compile("\\b" + Pattern.quote(problem.getKey()) + "\\b").matcher(formula).find())
                .map(problem -> "This line uses " + problem.getKey() + ", but " + problem.getValue())
                .sorted()
                .findFirst();
    }

    /**
     * A value as typed. A bare number where the case writes a unit is read in that unit, because
     * learners often write {@code 40} in a column headed by rates; the text shown then names the unit.
     * Text that reads two ways is read as the case's kind: {@code 500B} for a record size is bytes.
     */
    record Reading(Quantity quantity, String text, boolean unitAssumed) {

        static Reading of(String typed, @Nullable String referenceText) {
            Quantity unit = referenceUnit(referenceText);
            Quantity quantity = QuantityParser.parse(typed, unit == null ? null : unit.dimension());
            if (quantity.isDimensionless() && unit != null && !unit.isDimensionless()) {
                String unitText = QuantityParser.unitText(referenceText == null ? "" : referenceText);
                Quantity assumed = quantity.times(unit);
                return new Reading(assumed, assumed.format(unitText), true);
            }
            return new Reading(quantity, typed.strip(), false);
        }

        private static @Nullable Quantity referenceUnit(@Nullable String referenceText) {
            if (referenceText == null) {
                return null;
            }
            try {
                QuantityParser.parse(referenceText);
                return QuantityParser.unitOf(referenceText);
            } catch (QuantityException unreadable) {
                return null;
            }
        }
    }
}
