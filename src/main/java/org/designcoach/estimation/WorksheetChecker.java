package org.designcoach.estimation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a learner's estimate line by line, twice. Arithmetic: does the answer follow from the
 * learner's own assumptions and earlier answers by the case's formula? Someone who assumes a 5x peak
 * and multiplies correctly is right. Magnitude: is the answer within a factor of the case's value?
 * Both matter in an interview, and they fail for different reasons, so they are reported apart.
 *
 * <p>Later formulas use the learner's earlier answers where those are usable, so one slip is not
 * counted again on every line after it; an unusable or missing earlier answer is replaced by what the
 * learner's assumptions give. A bare number is read in the unit the case uses for that line or
 * assumption ({@code 40} on a {@code /s} line is 40 /s) and the message says so.
 */
public final class WorksheetChecker {

    private final Tolerances tolerances;

    public WorksheetChecker() {
        this(Tolerances.DEFAULT);
    }

    public WorksheetChecker(Tolerances tolerances) {
        this.tolerances = tolerances;
    }

    /**
     * A learner's answer read as the checker reads it: a bare number takes the unit of the case's value
     * for that line ({@code 1200} on a line whose value is {@code 1.2k /s} is 1,200 /s).
     *
     * @throws QuantityException when the text is not a quantity
     */
    public static Quantity readAnswer(String typed, @Nullable String referenceValue) {
        return WorksheetValues.Reading.of(typed, referenceValue).quantity();
    }

    public List<LineCheck> check(ReferenceEstimate reference, LearnerWorksheet learner) {
        WorksheetValues values = new WorksheetValues(reference, learner);
        List<LineCheck> checks = new ArrayList<>();
        for (ReferenceLine line : reference.lines()) {
            LineJudgement judgement = new LineJudgement(line, learner.answers().get(line.id()), values, tolerances);
            LineCheck check = judgement.check();
            checks.add(check);
            remember(line, judgement, check, values);
        }
        return List.copyOf(checks);
    }

    private static void remember(ReferenceLine line, LineJudgement judgement, LineCheck check, WorksheetValues values) {
        @Nullable Quantity answer = check.answer();
        @Nullable Quantity expected = check.expected();
        if (answer != null && (expected == null || answer.isCompatibleWith(expected))) {
            values.put(line.id(), answer, judgement.answerText());
        } else if (expected != null) {
            values.put(line.id(), expected, judgement.show(expected));
        } else {
            values.unavailable(line.id(), line.label());
        }
    }
}
