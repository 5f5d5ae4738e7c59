package org.designcoach.rules;

import java.util.List;

/** A compiled rule: when every condition holds, the design gets this finding. */
public record Rule(String id, String title, Category category, Severity severity, int points, String explanation,
        String concept, List<Condition> when) {

    public Rule {
        when = List.copyOf(when);
    }

    boolean isAboutRequiredTypes() {
        return when.stream().anyMatch(Condition.MissingRequired.class::isInstance);
    }
}
