package org.designcoach.content;

import java.util.List;
import java.util.Optional;
import org.designcoach.rules.RuleDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The kinds of content file, found by where a file lies in the content folder. */
enum ContentKind {
    CATALOG("catalog", Catalog.class),
    MISTAKES("mistakes", MistakeList.class),
    CASE("case", CaseStudy.class),
    CONCEPT("concept", Concept.class),
    LESSON("lesson", Lesson.class),
    RULES("rules", RuleList.class);

    private final String schema;
    private final Class<?> type;

    ContentKind(String schema, Class<?> type) {
        this.schema = schema;
        this.type = type;
    }

    String schema() {
        return schema;
    }

    Class<?> type() {
        return type;
    }

    static Optional<ContentKind> of(String path) {
        if (path.equals("catalog/components.yaml")) {
            return Optional.of(CATALOG);
        }
        if (path.equals("mistakes.yaml")) {
            return Optional.of(MISTAKES);
        }
        if (path.matches("cases/[^/]+\\.yaml")) {
            return Optional.of(CASE);
        }
        if (path.matches("concepts/[^/]+\\.yaml")) {
            return Optional.of(CONCEPT);
        }
        if (path.matches("lessons/[^/]+\\.yaml")) {
            return Optional.of(LESSON);
        }
        if (path.matches("rules/[^/]+\\.yaml")) {
            return Optional.of(RULES);
        }
        return Optional.empty();
    }

    /** Cases, concepts and lessons are named by their file, so an id cannot silently collide. */
    Optional<ContentProblem> idProblem(ContentFile file, JsonNode tree) {
        if (this == CATALOG || this == MISTAKES || this == RULES) {
            return Optional.empty();
        }
        String fileName = file.path().substring(file.path().lastIndexOf('/') + 1).replace(".yaml", "");
        String id = tree.path("id").asString();
        return id.equals(fileName) ? Optional.empty() : Optional.of(new ContentProblem(file.displayName(), "id",
                "The id '" + id + "' differs from the file name '" + fileName + "'. Rename one so that they match."));
    }

    /** The shape of a file in rules/: the rules, and optionally when the load becomes a finding. */
    record RuleList(List<RuleDefinition> rules, @Nullable LoadJudgement load) {
    }

    /** The shape of mistakes.yaml. */
    record MistakeList(List<Mistake> mistakes) {
    }
}
