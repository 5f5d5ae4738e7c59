package org.designcoach.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.rules.Rule;
import org.designcoach.rules.RuleDefinition;
import org.jspecify.annotations.Nullable;

/** Content as it is being read, before the cross-references are checked. */
final class ContentDraft {

    final Map<String, Catalog.Category> categories = ContentLoader.ordered();
    final Map<String, ComponentType> components = ContentLoader.ordered();
    final Map<String, Catalog.Titled> kinds = ContentLoader.ordered();
    final Map<String, Catalog.Capability> capabilities = ContentLoader.ordered();
    final List<String> multiAzCapabilities = new ArrayList<>();
    final List<Catalog.TechnologyCapability> technologyCapabilities = new ArrayList<>();
    final List<Catalog.TechnologyCapacity> technologyCapacities = new ArrayList<>();
    final Map<String, CaseStudy> cases = ContentLoader.ordered();
    final Map<String, Concept> concepts = ContentLoader.ordered();
    final Map<String, Mistake> mistakes = ContentLoader.ordered();
    final Map<String, Lesson> lessons = ContentLoader.ordered();
    final Map<String, RuleDefinition> ruleDefinitions = ContentLoader.ordered();
    /** Filled by the cross-reference check, which compiles every rule. */
    final List<Rule> rules = new ArrayList<>();
    /** The compiled rules each case adds, by case id; filled by the cross-reference check. */
    final Map<String, List<Rule>> caseRules = new HashMap<>();
    /** Which file each item came from ("case:url-shortener" → file), for messages. */
    final Map<String, String> files = new HashMap<>();
    /** Ids that one file lists twice, with the file: a duplicate inside a file is an error. */
    final List<ContentProblem> duplicates = new ArrayList<>();
    private boolean hasCatalog;
    /** The last load section read: a company's rules file may replace the built-in one. */
    @Nullable LoadJudgement load;
    String loadFile = "rules/global.yaml";

    void add(ContentKind kind, Object item, ContentFile file) {
        switch (kind) {
            case CATALOG -> addCatalog((Catalog) item, file);
            case MISTAKES -> ((ContentKind.MistakeList) item).mistakes()
                    .forEach(mistake -> put(mistakes, "mistake", mistake.id(), mistake, file));
            case CASE -> put(cases, "case", ((CaseStudy) item).id(), (CaseStudy) item, file);
            case CONCEPT -> put(concepts, "concept", ((Concept) item).id(), (Concept) item, file);
            case LESSON -> put(lessons, "lesson", ((Lesson) item).id(), (Lesson) item, file);
            case RULES -> addRules((ContentKind.RuleList) item, file);
        }
    }

    private void addRules(ContentKind.RuleList list, ContentFile file) {
        list.rules().forEach(rule -> put(ruleDefinitions, "rule", rule.id(), rule, file));
        if (list.load() != null) {
            load = list.load();
            loadFile = file.displayName();
        }
    }

    private void addCatalog(Catalog catalog, ContentFile file) {
        hasCatalog = true;
        catalog.categories().forEach(category -> ContentLoader.putById(categories, category.id(), category));
        catalog.components().forEach(type -> put(components, "component", type.id(), type, file));
        catalog.kinds().forEach(kind -> ContentLoader.putById(kinds, kind.id(), kind));
        catalog.capabilities().forEach(capability -> ContentLoader.putById(capabilities, capability.id(), capability));
        catalog.multiAzCapabilities().stream().filter(id -> !multiAzCapabilities.contains(id))
                .forEach(multiAzCapabilities::add);
        technologyCapabilities.addAll(catalog.technologyCapabilities());
        // A company's catalog is read after the built-in one; its figure for a technology comes first, so it wins.
        technologyCapacities.addAll(0, catalog.technologyCapacities());
    }

    /** The catalog as read so far, from every content folder. */
    Catalog catalog() {
        return new Catalog(List.copyOf(categories.values()), List.copyOf(components.values()),
                List.copyOf(kinds.values()), List.copyOf(capabilities.values()), multiAzCapabilities,
                technologyCapabilities, technologyCapacities);
    }

    private <T> void put(Map<String, T> items, String kind, String id, T item, ContentFile file) {
        String key = kind + ":" + id;
        if (file.displayName().equals(files.get(key))) {
            duplicates.add(new ContentProblem(file.displayName(), id,
                    "The " + kind + " id '" + id + "' appears twice in this file. Each id must be unique."));
        }
        files.put(key, file.displayName());
        ContentLoader.putById(items, id, item);
    }

    String fileOf(String kind, String id) {
        return files.getOrDefault(kind + ":" + id, kind + " " + id);
    }

    boolean hasCatalog() {
        return hasCatalog;
    }

    @Nullable ComponentType componentType(String id) {
        return components.get(id);
    }

    ContentLibrary toLibrary(String version, Instant loadedAt, List<String> origins) {
        if (load == null) {
            throw new IllegalStateException("The cross-reference check lets no content without a load section through");
        }
        return new ContentLibrary(version, loadedAt, origins, catalog(), cases, concepts, mistakes, lessons, rules,
                caseRules, load);
    }
}
