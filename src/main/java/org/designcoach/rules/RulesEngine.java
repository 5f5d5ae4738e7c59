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
 * Judges a design against a case: every rule whose conditions all hold becomes a finding, and each
 * category starts at 100 and loses the points of its findings. Plain Java, deterministic, no I/O.
 */
public final class RulesEngine {

    private final List<Rule> rules;

    public RulesEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Assessment assess(Design design, DesignContext context) {
        DesignGraph graph = new DesignGraph(design);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.isAboutRequiredTypes()) {
                findings.addAll(missingRequired(rule, graph, context));
            } else {
                evaluate(rule, graph, context).ifPresent(findings::add);
            }
        }
        Map<Category, Integer> scores = scores(findings);
        return new Assessment(findings, scores, overall(scores));
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

    /** One finding per capability that the case requires and the design lacks, with the case's reason. */
    private static List<Finding> missingRequired(Rule rule, DesignGraph graph, DesignContext context) {
        return context.requiredTypes().entrySet().stream()
                .filter(required -> !graph.hasType(List.of(required.getKey())))
                .sorted(Map.Entry.comparingByKey())
                .map(required -> finding(rule, rule.title() + ": " + required.getKey(),
                        required.getValue() + " " + rule.explanation(), List.of()))
                .toList();
    }

    private static Finding finding(Rule rule, String title, String explanation, List<String> components) {
        return new Finding(rule.id(), title, rule.severity(), rule.category(), rule.points(), explanation,
                rule.concept(), components);
    }

    private static Map<Category, Integer> scores(List<Finding> findings) {
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            int lost = findings.stream().filter(f -> f.category() == category && f.costsPoints())
                    .mapToInt(Finding::points).sum();
            scores.put(category, Math.max(0, 100 - lost));
        }
        return scores;
    }

    private static int overall(Map<Category, Integer> scores) {
        return (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
    }
}
