package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/** Findings and scores (0–100) per category and overall, with how the overall is made. */
public record Assessment(List<Finding> findings, Map<Category, Integer> scores, int overall, ScoreBreakdown breakdown) {

    public Assessment {
        findings = List.copyOf(findings);
        scores = Map.copyOf(scores);
    }

    /** An assessment whose overall score was given rather than made by the formula. */
    public Assessment(List<Finding> findings, Map<Category, Integer> scores, int overall) {
        this(findings, scores, overall, ScoreBreakdown.only(overall));
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
