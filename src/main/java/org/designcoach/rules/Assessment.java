package org.designcoach.rules;

import java.util.List;
import java.util.Map;

/** Findings and scores (0–100) per category and overall. */
public record Assessment(List<Finding> findings, Map<Category, Integer> scores, int overall) {

    public Assessment {
        findings = List.copyOf(findings);
        scores = Map.copyOf(scores);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
