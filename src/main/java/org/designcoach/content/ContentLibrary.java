package org.designcoach.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designcoach.rules.ComponentKnowledge;
import org.designcoach.rules.Rule;

/**
 * Everything Design Coach teaches, loaded and checked, as one immutable snapshot. The version is
 * a hash of the files, so an attempt can name exactly the content it was made against.
 */
public record ContentLibrary(
        String version,
        Instant loadedAt,
        List<String> sources,
        Catalog catalog,
        Map<String, CaseStudy> cases,
        Map<String, Concept> concepts,
        Map<String, Mistake> mistakes,
        Map<String, Lesson> lessons,
        List<Rule> rules,
        Map<String, List<Rule>> caseRules,
        LoadJudgement loadJudgement) {

    public ContentLibrary {
        sources = List.copyOf(sources);
        cases = Map.copyOf(cases);
        concepts = Map.copyOf(concepts);
        mistakes = Map.copyOf(mistakes);
        lessons = Map.copyOf(lessons);
        rules = List.copyOf(rules);
        caseRules = Map.copyOf(caseRules);
    }

    /** The rules a case adds to the global ones (none for most cases). */
    public List<Rule> rulesOf(String caseId) {
        return caseRules.getOrDefault(caseId, List.of());
    }

    public Optional<CaseStudy> caseStudy(String id) {
        return Optional.ofNullable(cases.get(id));
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** What each component type is and can do, for the rules engine. */
    public ComponentKnowledge knowledge() {
        return catalog.knowledge();
    }

    public Optional<ComponentType> componentType(String id) {
        return catalog.components().stream().filter(type -> type.id().equals(id)).findFirst();
    }

    public Collection<CaseStudy> allCases() {
        return cases.values();
    }
}
