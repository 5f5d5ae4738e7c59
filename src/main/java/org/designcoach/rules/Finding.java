package org.designcoach.rules;

import java.util.List;

/** One judgement about a design, with the reason and the components it concerns. */
public record Finding(
        String ruleId,
        String title,
        Severity severity,
        Category category,
        int points,
        String explanation,
        String concept,
        List<String> components) {

    public Finding {
        components = List.copyOf(components);
    }

    boolean costsPoints() {
        return severity != Severity.STRENGTH;
    }
}
