package org.designcoach.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.designcoach.design.Design;

/**
 * Judges a design against a case: every rule whose conditions all hold becomes a finding, each case
 * key requirement the design does not meet too, and {@link ScoreFormula} turns them into scores.
 * The catalog's kinds and capabilities come in as plain values. Plain Java, deterministic, no I/O.
 */
public final class RulesEngine {

    private final List<Rule> rules;
    private final ComponentKnowledge knowledge;

    public RulesEngine(List<Rule> rules, ComponentKnowledge knowledge) {
        this.rules = List.copyOf(rules);
        this.knowledge = knowledge;
    }

    public Assessment assess(Design design, DesignContext context) {
        return assess(design, context, List.of());
    }

    /** As {@link #assess(Design, DesignContext)}, with the rules the case adds after the global ones. */
    public Assessment assess(Design design, DesignContext context, List<Rule> caseRules) {
        return assess(design, context, caseRules, List.of());
    }

    /**
     * As {@link #assess(Design, DesignContext, List)}, with findings made outside the rules (the load
     * check's verdict at the peak) scored together with the rules' own.
     */
    public Assessment assess(Design design, DesignContext context, List<Rule> caseRules, List<Finding> extraFindings) {
        if (design.components().isEmpty()) {
            return nothingDrawn();
        }
        DesignGraph graph = new DesignGraph(design, knowledge);
        List<Finding> findings = new ArrayList<>();
        List<Finding> unmet = new ArrayList<>();
        for (Rule rule : concat(rules, caseRules)) {
            if (rule.isAboutRequiredTypes()) {
                unmet.addAll(missingRequired(rule, graph, context));
            } else {
                evaluate(rule, graph, context).ifPresent(findings::add);
            }
        }
        findings.addAll(extraFindings);
        findings.addAll(unmet);
        return ScoreFormula.assessment(findings, unmet, context.keyRequirements().size());
    }

    private static List<Rule> concat(List<Rule> global, List<Rule> ofTheCase) {
        if (ofTheCase.isEmpty()) {
            return global;
        }
        List<Rule> all = new ArrayList<>(global);
        all.addAll(ofTheCase);
        return all;
    }

    /** An empty canvas earns nothing: no rule can fire on it, so without this it would score full marks. */
    private static Assessment nothingDrawn() {
        Finding finding = new Finding("nothing-drawn", "Nothing drawn yet", Severity.ERROR, Category.REQUIREMENTS, 100,
                "Start where requests start: a client. Follow one request through the system and add each part "
                        + "it needs on the way; the findings change as you draw.",
                "five-step-framework", List.of());
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            scores.put(category, 0);
        }
        return new Assessment(List.of(finding), scores, 0);
    }

    private static Optional<Finding> evaluate(Rule rule, DesignGraph graph, DesignContext context) {
        Set<String> concerned = new LinkedHashSet<>();
        for (Condition condition : rule.when()) {
            Optional<Set<String>> result = condition.test(graph, context);
            if (result.isEmpty()) {
                return Optional.empty();
            }
            concerned.addAll(result.get());
        }
        return Optional.of(finding(rule, rule.title(), rule.explanation(), List.copyOf(concerned)));
    }

    /**
     * One finding per key requirement of the case that the design does not meet, with the case's
     * reason; its points are the credit the requirement carries.
     */
    private static List<Finding> missingRequired(Rule rule, DesignGraph graph, DesignContext context) {
        int total = context.keyRequirements().size();
        int worth = total == 0 ? 0 : Math.round((float) ScoreBreakdown.REQUIREMENT_WEIGHT / total);
        return context.keyRequirements().stream()
                .filter(requirement -> !requirement.isMetBy(graph))
                .map(requirement -> new Finding(rule.id(), rule.title() + ": " + requirement.title(), rule.severity(),
                        rule.category(), worth, requirement.why() + " " + rule.explanation(), rule.concept(), List.of()))
                .toList();
    }

    private static Finding finding(Rule rule, String title, String explanation, List<String> components) {
        return new Finding(rule.id(), title, rule.severity(), rule.category(), rule.points(), explanation,
                rule.concept(), components);
    }
}
