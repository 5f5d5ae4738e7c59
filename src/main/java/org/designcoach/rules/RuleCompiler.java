package org.designcoach.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns rule definitions into typed conditions and refuses anything it does not understand, with
 * a message that says what is wrong and what is allowed, so that a bad rule stops the start.
 */
public final class RuleCompiler {

    private static final Set<String> FILTER_KEYS = Set.of("types", "multiAz", "instancesBelow", "readReplicasBelow",
            "noTechnology", "stateful");

    private final Predicate<String> knownType;

    /** @param knownType whether a component type id exists in the catalog */
    public RuleCompiler(Predicate<String> knownType) {
        this.knownType = knownType;
    }

    public Rule compile(RuleDefinition definition) {
        if (definition.when() == null || definition.when().isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one condition under 'when'");
        }
        List<Condition> conditions = new ArrayList<>();
        definition.when().forEach(item -> conditions.addAll(conditions(item)));
        return new Rule(definition.id(), definition.title(), enumValue(Category.class, definition.category()),
                enumValue(Severity.class, definition.severity()), definition.points(), definition.explanation(),
                definition.concept(), conditions);
    }

    private List<Condition> conditions(Map<String, Object> item) {
        if (item.size() != 1) {
            throw new IllegalArgumentException("each condition has exactly one key, found " + item.keySet());
        }
        var entry = item.entrySet().iterator().next();
        Object value = entry.getValue();
        return switch (entry.getKey()) {
            case "has" -> List.of(new Condition.Has(types(value)));
            case "lacks" -> List.of(new Condition.Lacks(types(value)));
            case "countAtLeast" -> List.of(countAtLeast(map(value, "countAtLeast")));
            case "components" -> List.of(new Condition.Components(filter(map(value, "components"))));
            case "arrow" -> List.of(arrow(map(value, "arrow")));
            case "unconnected" -> List.of(new Condition.Unconnected());
            case "withoutConsumer" -> List.of(new Condition.WithoutConsumer(types(value)));
            case "missingRequired" -> List.of(new Condition.MissingRequired());
            case "context" -> contexts(map(value, "context"));
            default -> throw new IllegalArgumentException("unknown condition '" + entry.getKey() + "'; use has, lacks, "
                    + "countAtLeast, components, arrow, unconnected, withoutConsumer, missingRequired or context");
        };
    }

    private List<Condition> contexts(Map<String, Object> facts) {
        List<Condition> conditions = new ArrayList<>();
        facts.forEach((key, value) -> {
            if (!ContextKeys.ALL.contains(key)) {
                throw new IllegalArgumentException("unknown context key '" + key + "'; use one of " + ContextKeys.ALL);
            }
            if (!ContextKeys.acceptsValue(key, value)) {
                throw new IllegalArgumentException("context key '" + key + "' needs "
                        + (key.endsWith("AtLeast") || key.endsWith("Below") ? "a number" : "true or false"));
            }
            conditions.add(new Condition.Context(key, value));
        });
        return conditions;
    }

    private Condition countAtLeast(Map<String, Object> spec) {
        if (!(spec.get("count") instanceof Number count)) {
            throw new IllegalArgumentException("countAtLeast needs a number under 'count'");
        }
        return new Condition.CountAtLeast(types(spec.get("types")), count.intValue());
    }

    private Condition arrow(Map<String, Object> spec) {
        return new Condition.Arrow(types(spec.get("from")), types(spec.get("to")));
    }

    private ComponentFilter filter(Map<String, Object> spec) {
        spec.keySet().stream().filter(key -> !FILTER_KEYS.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown component filter '" + key + "'; use one of " + FILTER_KEYS);
        });
        return new ComponentFilter(spec.containsKey("types") ? types(spec.get("types")) : List.of(),
                (Boolean) spec.get("multiAz"), integer(spec.get("instancesBelow")), integer(spec.get("readReplicasBelow")),
                (Boolean) spec.get("noTechnology"), (Boolean) spec.get("stateful"));
    }

    private List<String> types(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("expected a list of component types, found " + value);
        }
        List<String> types = list.stream().map(String::valueOf).toList();
        types.stream().filter(knownType.negate()).findFirst().ifPresent(type -> {
            throw new IllegalArgumentException("unknown component type '" + type + "'");
        });
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String condition) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'" + condition + "' needs a map of settings, found " + value);
        }
        return (Map<String, Object>) map;
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String id) {
        try {
            return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + id + "'", e);
        }
    }
}
