package org.designcoach.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.rules.ComponentKnowledge;
import org.designcoach.rules.Rule;
import org.designcoach.rules.RuleCompiler;
import org.designcoach.rules.RuleDefinition;
import org.jspecify.annotations.Nullable;

/** The checks a schema cannot make: that every id a file names exists, and ids are unique. */
final class CrossReferences {

    private static final Pattern CONCEPT_LINK = Pattern.compile("\\]\\(concept:([a-z0-9-]+)\\)");

    private final ContentDraft draft;
    private final List<ContentProblem> problems = new ArrayList<>();
    private @Nullable ComponentKnowledge knowledge;

    CrossReferences(ContentDraft draft) {
        this.draft = draft;
    }

    List<ContentProblem> problems() {
        problems.addAll(draft.duplicates);
        if (!draft.hasCatalog()) {
            problems.add(new ContentProblem("catalog/components.yaml", "", "The component catalog is missing."));
        }
        draft.components.values().forEach(this::checkComponentType);
        problems.addAll(new CapabilityChecks(draft).problems());
        draft.concepts.values().forEach(this::checkConcept);
        draft.mistakes.values().forEach(mistake -> concept(draft.fileOf("mistake", mistake.id()),
                "mistakes/" + mistake.id() + "/concept", mistake.concept()));
        draft.cases.values().forEach(this::checkCase);
        draft.lessons.values().forEach(this::checkLesson);
        draft.ruleDefinitions.values().forEach(definition -> compileRule(draft.fileOf("rule", definition.id()),
                definition).ifPresent(draft.rules::add));
        draft.cases.values().forEach(this::compileCaseRules);
        checkLoadJudgement();
        return problems;
    }

    private void checkLoadJudgement() {
        LoadJudgement load = draft.load;
        if (load == null) {
            problems.add(new ContentProblem("rules/global.yaml", "load", "No rules file has a load section, which "
                    + "says when a component's utilisation at the peak becomes a finding. Add one as the built-in "
                    + "global.yaml has it."));
            return;
        }
        if (!(load.loadedFrom() < load.overloadedAbove())) {
            problems.add(new ContentProblem(draft.loadFile, "load/loadedFrom", "loadedFrom (" + load.loadedFrom()
                    + ") must be below overloadedAbove (" + load.overloadedAbove() + ")."));
        }
        concept(draft.loadFile, "load/overloaded/concept", load.overloaded().concept());
        concept(draft.loadFile, "load/loaded/concept", load.loaded().concept());
        concept(draft.loadFile, "load/overspend/concept", load.overspend().concept());
    }

    private void checkComponentType(ComponentType type) {
        String file = draft.fileOf("component", type.id());
        concept(file, "components/" + type.id() + "/concept", type.concept());
        if (!draft.categories.containsKey(type.category())) {
            problems.add(new ContentProblem(file, "components/" + type.id() + "/category",
                    "Unknown category '" + type.category() + "'. Add it under categories or use an existing one."));
        }
    }

    private void checkConcept(Concept concept) {
        String file = draft.fileOf("concept", concept.id());
        concept.related().forEach(id -> concept(file, "related", id));
        linkedConcepts(concept.body()).forEach(id -> concept(file, "body", id));
    }

    private void checkCase(CaseStudy study) {
        String file = draft.fileOf("case", study.id());
        study.concepts().forEach(id -> concept(file, "concepts", id));
        problems.addAll(new CapabilityChecks(draft).keyRequirements(file, study));
        study.mistakes().forEach(mistake -> {
            if (!draft.mistakes.containsKey(mistake.mistake())) {
                problems.add(new ContentProblem(file, "mistakes", "Unknown mistake id '" + mistake.mistake()
                        + "'. Use an id from mistakes.yaml."));
            }
        });
        unique(file, "questions", study.questions().stream().map(CaseStudy.Question::id).toList());
        checkKeyPoints(file, study);
        checkFormulas(file, study.estimate());
        checkDesign(file, "architecture", study.architecture(), true);
        checkClientShares(file, study);
    }

    /** A case's shares name client types of the catalog and add up to at most the whole peak. */
    private void checkClientShares(String file, CaseStudy study) {
        Map<String, Double> shares = study.facts().clientSharesByType();
        shares.keySet().stream().sorted().forEach(type -> {
            ComponentType known = draft.componentType(type);
            if (known == null || !"client".equals(known.kind())) {
                problems.add(new ContentProblem(file, "facts/clientShares/" + type, "'" + type + "' is not a client "
                        + "type of the catalog; only clients send load."));
            }
        });
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum > 1 + 1e-9) {
            problems.add(new ContentProblem(file, "facts/clientShares", "The shares add up to " + sum
                    + "; together they can be at most 1."));
        }
    }

    /** Every key point links a concept that exists, and its id is unique within its topic. */
    private void checkKeyPoints(String file, CaseStudy study) {
        java.util.stream.Stream.concat(study.requirements().functional().stream(),
                study.requirements().nonFunctional().stream()).filter(r -> r.concept() != null)
                .forEach(r -> concept(file, "requirements/" + r.id() + "/concept", r.concept()));
        for (CaseStudy.DeepDive dive : study.deepDives()) {
            String place = "deepDives/" + dive.id() + "/keyPoints";
            dive.keyPoints().forEach(point -> concept(file, place + "/" + point.id() + "/concept", point.concept()));
            unique(file, place, dive.keyPoints().stream().map(CaseStudy.KeyPoint::id).toList());
        }
        for (int i = 0; i < study.tradeoffs().size(); i++) {
            String place = "tradeoffs/" + i + "/keyPoints";
            List<CaseStudy.KeyPoint> points = study.tradeoffs().get(i).keyPoints();
            points.forEach(point -> concept(file, place + "/" + point.id() + "/concept", point.concept()));
            unique(file, place, points.stream().map(CaseStudy.KeyPoint::id).toList());
        }
    }

    /** A rule that the compiler refuses stops the start like any other broken content. */
    private Optional<Rule> compileRule(String file, RuleDefinition definition) {
        concept(file, "rules/" + definition.id() + "/concept", definition.concept());
        try {
            return Optional.of(new RuleCompiler(knowledge()).compile(definition));
        } catch (IllegalArgumentException e) {
            problems.add(new ContentProblem(file, "rules/" + definition.id(), "The rule cannot be used: " + e.getMessage() + "."));
            return Optional.empty();
        }
    }

    /**
     * A case's own rules are compiled like the global ones. Their ids must differ from the global
     * rules' ids, so that a finding's rule id says unambiguously which rule spoke.
     */
    private void compileCaseRules(CaseStudy study) {
        String file = draft.fileOf("case", study.id());
        unique(file, "rules", study.ownRules().stream().map(RuleDefinition::id).toList());
        List<Rule> compiled = new ArrayList<>();
        for (RuleDefinition definition : study.ownRules()) {
            if (draft.ruleDefinitions.containsKey(definition.id())) {
                problems.add(new ContentProblem(file, "rules/" + definition.id(), "A global rule already has the id '"
                        + definition.id() + "'. Give the case's rule its own id."));
            }
            compileRule(file, definition).ifPresent(compiled::add);
        }
        draft.caseRules.put(study.id(), compiled);
    }

    /** Built once: every rule is compiled against the same catalog. */
    private ComponentKnowledge knowledge() {
        if (knowledge == null) {
            knowledge = CatalogKnowledge.of(draft.catalog());
        }
        return knowledge;
    }

    private void checkLesson(Lesson lesson) {
        String file = draft.fileOf("lesson", lesson.id());
        unique(file, "steps", lesson.steps().stream().map(Lesson.Step::id).toList());
        for (Lesson.Step step : lesson.steps()) {
            step.concepts().forEach(id -> concept(file, "steps/" + step.id() + "/concepts", id));
            checkDesign(file, "steps/" + step.id() + "/architecture", step.architecture(), true);
            if (step.breaksOn() != null && step.architecture().components().stream()
                    .noneMatch(c -> c.type().equals(step.breaksOn()))) {
                problems.add(new ContentProblem(file, "steps/" + step.id() + "/breaksOn", "The step breaks on '"
                        + step.breaksOn() + "', but its architecture has no component of that type."));
            }
            Lesson.Outage outage = step.outage();
            if (outage != null && !hasPlace(step.architecture(), outage)) {
                problems.add(new ContentProblem(file, "steps/" + step.id() + "/outage/place", "The step's "
                        + outage.kind() + " names '" + outage.place() + "', but no "
                        + (outage.kind().equals("zone-failure") ? "zone box" : "region box or component region")
                        + " of its architecture has that id."));
            }
        }
    }

    /** Whether the outage's place is drawn: a zone box for a zone, a region box or a component's region for a region. */
    private static boolean hasPlace(Design design, Lesson.Outage outage) {
        String kind = outage.kind().equals("zone-failure") ? "zone" : "region";
        return design.groups().stream().anyMatch(g -> g.kind().equals(kind) && g.id().equals(outage.place()))
                || kind.equals("region") && design.components().stream()
                        .anyMatch(c -> outage.place().equals(c.region()));
    }

    /** Formulas may name the case's assumptions and the results above them, nothing else. */
    private void checkFormulas(String file, CaseStudy.Estimate estimate) {
        Set<String> known = new HashSet<>();
        estimate.assumptions().forEach(assumption -> known.add(assumption.id()));
        for (CaseStudy.Result result : estimate.results()) {
            Matcher names = Pattern.compile("\\b[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\\b").matcher(result.formula());
            while (names.find()) {
                if (!known.contains(names.group())) {
                    problems.add(new ContentProblem(file, "estimate/results/" + result.id() + "/formula",
                            "The formula names '" + names.group() + "', which is neither an assumption nor an earlier result."));
                }
            }
            known.add(result.id());
        }
    }

    private void checkDesign(String file, String place, Design design, boolean reference) {
        // A learner's design may be empty (the canvas starts that way); one that content shows as an answer may not.
        if (reference && design.components().isEmpty()) {
            problems.add(new ContentProblem(file, place + "/components", "A reference design needs at least one "
                    + "component; draw the architecture this place describes."));
        }
        Set<String> ids = new HashSet<>();
        unique(file, place + "/components", design.components().stream().map(DesignComponent::id).toList());
        Set<String> groups = new HashSet<>();
        design.groups().forEach(group -> groups.add(group.id()));
        for (DesignComponent component : design.components()) {
            ids.add(component.id());
            String at = place + "/components/" + component.id();
            componentType(file, at + "/type", component.type());
            if (reference && (component.technology() == null || component.technology().isBlank())) {
                problems.add(new ContentProblem(file, at, "Name a concrete technology: a reference design never says just '"
                        + component.type() + "'."));
            }
            if (component.group() != null && !groups.contains(component.group())) {
                problems.add(new ContentProblem(file, at + "/group", "Unknown group '" + component.group() + "'."));
            }
            ComponentType type = draft.componentType(component.type());
            if (type != null) {
                component.properties().forEach((key, value) -> PropertyValues.problem("component '" + component.id()
                        + "'", type, key, value).ifPresent(problem -> problems.add(new ContentProblem(file,
                                at + "/properties/" + key, problem))));
            }
        }
        unique(file, place + "/connections", design.connections().stream()
                .map(connection -> connection.from() + "->" + connection.to()).toList());
        for (Connection connection : design.connections()) {
            for (String end : List.of(connection.from(), connection.to())) {
                if (!ids.contains(end)) {
                    problems.add(new ContentProblem(file, place + "/connections", "The arrow " + connection.from()
                            + " → " + connection.to() + " names '" + end + "', which is not a component of this design."));
                }
            }
        }
    }

    private void unique(String file, String place, List<String> ids) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).distinct().forEach(id -> problems.add(new ContentProblem(file, place,
                "The id '" + id + "' appears twice. Each id must be unique.")));
    }

    private void concept(String file, String place, String id) {
        if (!draft.concepts.containsKey(id)) {
            problems.add(new ContentProblem(file, place, "Unknown concept '" + id + "'. Add concepts/" + id
                    + ".yaml or link an existing concept."));
        }
    }

    private void componentType(String file, String place, String id) {
        if (draft.componentType(id) == null) {
            problems.add(new ContentProblem(file, place, "Unknown component type '" + id
                    + "'. Use a type from catalog/components.yaml."));
        }
    }

    static List<String> linkedConcepts(String markdown) {
        List<String> ids = new ArrayList<>();
        Matcher links = CONCEPT_LINK.matcher(markdown);
        while (links.find()) {
            ids.add(links.group(1));
        }
        return ids;
    }
}
