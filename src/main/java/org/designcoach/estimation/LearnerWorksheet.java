package org.designcoach.estimation;

import java.util.Map;

/**
 * What a learner wrote: their own assumption values and their answer per result line, by id, as typed.
 * Missing entries are allowed; the check says what is missing.
 */
public record LearnerWorksheet(Map<String, String> assumptions, Map<String, String> answers) {

    public LearnerWorksheet {
        assumptions = Map.copyOf(assumptions);
        answers = Map.copyOf(answers);
    }
}
