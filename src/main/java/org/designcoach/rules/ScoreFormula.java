package org.designcoach.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The arithmetic of {@link ScoreBreakdown}: credit for key requirements met, deductions for findings (warnings and suggestions capped). */
final class ScoreFormula {

    private ScoreFormula() {
    }

    /**
     * @param findings every finding, the unmet key requirements among them
     * @param unmetRequirements the findings that stand for unmet key requirements: they cost credit, not quality
     */
    static Assessment assessment(List<Finding> findings, List<Finding> unmetRequirements, int requirementsTotal) {
        int met = requirementsTotal - unmetRequirements.size();
        int requirementPoints = requirementsTotal == 0 ? ScoreBreakdown.REQUIREMENT_WEIGHT
                : Math.round((float) ScoreBreakdown.REQUIREMENT_WEIGHT * met / requirementsTotal);
        Map<Category, Integer> lost = new EnumMap<>(Category.class);
        int deducted = 0;
        for (Finding finding : findings) {
            if (!finding.costsPoints() || unmetRequirements.contains(finding)) {
                continue;
            }
            if (finding.severity() == Severity.ERROR) {
                deducted += finding.points();
            } else {
                lost.merge(finding.category(), finding.points(), Integer::sum);
            }
        }
        List<ScoreBreakdown.Capped> capped = new ArrayList<>();
        for (var entry : lost.entrySet()) {
            deducted += Math.min(ScoreBreakdown.CATEGORY_CAP, entry.getValue());
            if (entry.getValue() > ScoreBreakdown.CATEGORY_CAP) {
                capped.add(new ScoreBreakdown.Capped(entry.getKey(), entry.getValue()));
            }
        }
        int overall = Math.clamp(requirementPoints + ScoreBreakdown.QUALITY_WEIGHT - deducted, 0, 100);
        var breakdown = new ScoreBreakdown(met, requirementsTotal, requirementPoints, deducted, capped, overall);
        return new Assessment(findings, categoryScores(findings), overall, breakdown);
    }

    /** Each category starts at 100 and loses the points of its findings, unmet key requirements included. */
    private static Map<Category, Integer> categoryScores(List<Finding> findings) {
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            int lost = findings.stream().filter(f -> f.category() == category && f.costsPoints())
                    .mapToInt(Finding::points).sum();
            scores.put(category, Math.max(0, 100 - lost));
        }
        return scores;
    }
}
