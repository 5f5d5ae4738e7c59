package org.designcoach.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the overall score is made, in numbers a learner can check:
 * {@code overall = 60 × met / total + 40 − errors − Σ min(15, warnings and suggestions of each category)},
 * between 0 and 100. The key requirements earn the first part; the findings take points from the
 * second: an error costs its points in full, because it is a real problem, while the warnings and
 * suggestions of one category cost at most {@link #CATEGORY_CAP} together, so that many small
 * findings cannot sink a sound design. A case without key requirements gives the first part in full.
 *
 * @param requirementPoints the part earned by key requirements met, {@code round(60 × met / total)}
 * @param deducted the points the findings take, after the caps
 * @param capped the categories whose warnings and suggestions cost more than the cap, with what they would have cost
 */
public record ScoreBreakdown(int requirementsMet, int requirementsTotal, int requirementPoints, int deducted,
        List<Capped> capped, int overall) {

    public static final int REQUIREMENT_WEIGHT = 60;
    public static final int QUALITY_WEIGHT = 40;
    public static final int CATEGORY_CAP = 15;

    public ScoreBreakdown {
        capped = List.copyOf(capped);
    }

    /** A category whose findings were capped. */
    public record Capped(Category category, int lost) {
    }

    /** For an overall score that was not made by the formula, such as an empty canvas's zero. */
    static ScoreBreakdown only(int overall) {
        return new ScoreBreakdown(0, 0, 0, 0, List.of(), overall);
    }

    /**
     * The sum in words, such as "Score 78 = 50 for 5 of 6 key requirements met + 40 for quality
     * − 12 in findings (reliability warnings 21, capped at 15)".
     */
    public String explanation() {
        if (requirementsTotal == 0 && requirementPoints == 0 && deducted == 0 && capped.isEmpty()) {
            return "Score " + overall;
        }
        String requirements = requirementsTotal == 0 ? REQUIREMENT_WEIGHT + " as the case lists no key requirements"
                : requirementPoints + " for " + requirementsMet + " of " + requirementsTotal + " key requirements met";
        String caps = capped.isEmpty() ? "" : capped.stream()
                .map(cap -> cap.category().id().toLowerCase(Locale.ROOT) + " warnings " + cap.lost() + ", capped at "
                        + CATEGORY_CAP)
                .collect(Collectors.joining("; ", " (", ")"));
        String floor = requirementPoints + QUALITY_WEIGHT - deducted < 0 ? ", not below 0" : "";
        return "Score " + overall + " = " + requirements + " + " + QUALITY_WEIGHT + " for quality − " + deducted
                + " in findings" + caps + floor;
    }
}
