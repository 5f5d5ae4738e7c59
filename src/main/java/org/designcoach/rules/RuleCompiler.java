package org.designcoach.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns rule definitions into typed conditions and refuses anything it does not understand, with
 * a message that says what is wrong and what is allowed, so that a bad rule stops the start.
 */
public final class RuleCompiler {

    private static final Set<String> FILTER_KEYS = Set.of("types", "kinds", "notKinds", "capabilities", "lacking",
            "multiAz", "instancesBelow", "readReplicasBelow", "noTechnology", "stateful", "with", "without", "entry");
    private static final Set<String> SELECTOR_KEYS = Set.of("types", "kinds", "capabilities");
    /** A suggestion is about form, not substance: it may cost at most this much. */
    static final int MAX_SUGGESTION_POINTS = 2;
    private static final Set<String> ARROW_KEYS = Set.of("from", "to", "mode");
    private static final Set<String> PATH_KEYS = Set.of("from", "to", "via", "avoiding");
    private static final Set<String> REACHABLE_KEYS = Set.of("to", "via", "avoiding");
    private static final List<String> MODES = List.of("sync", "async");

    private final ComponentKnowledge knowledge;

    /** @param knowledge the catalog's types, kinds and capabilities, which rules may name and nothing else */
    public RuleCompiler(ComponentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Rule compile(RuleDefinition definition) {
        if (definition.when() == null || definition.when().isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one condition under 'when'");
        }
        Severity severity = enumValue(Severity.class, definition.severity());
        if (severity == Severity.SUGGESTION && definition.points() > MAX_SUGGESTION_POINTS) {
            throw new IllegalArgumentException("a suggestion is worth at most " + MAX_SUGGESTION_POINTS
                    + " points, found " + definition.points() + " under 'points'; make it a warning if it matters more");
        }
        List<Condition> conditions = new ArrayList<>();
        definition.when().forEach(item -> conditions.addAll(conditions(item)));
        return new Rule(definition.id(), definition.title(), enumValue(Category.class, definition.category()),
                severity, definition.points(), definition.explanation(),
                definition.concept(), conditions);
    }

    private List<Condition> conditions(Map<String, Object> item) {
        if (item.size() != 1) {
            throw new IllegalArgumentException("each condition has exactly one key, found " + item.keySet());
        }
        var entry = item.entrySet().iterator().next();
        Object value = entry.getValue();
        return switch (entry.getKey()) {
            case "has" -> List.of(new Condition.Has(selector("has", value)));
            case "lacks" -> List.of(new Condition.Lacks(selector("lacks", value)));
            case "countAtLeast" -> List.of(countAtLeast(map(value, "countAtLeast")));
            case "components" -> List.of(new Condition.Components(filter("components", map(value, "components"))));
            case "none" -> List.of(new Condition.None(filter("none", map(value, "none"))));
            case "arrow" -> List.of(arrow(map(value, "arrow")));
            case "path" -> List.of(path(map(value, "path")));
            case "reachableFromClient" -> List.of(reachableFromClient(map(value, "reachableFromClient")));
            case "unconnected" -> flag("unconnected", value, new Condition.Unconnected());
            case "withoutConsumer" -> List.of(new Condition.WithoutConsumer(selector("withoutConsumer", value)));
            case "missingRequired" -> flag("missingRequired", value, new Condition.MissingRequired());
            case "context" -> contexts(map(value, "context"));
            case "drawnRegionsBelow" -> List.of(new Condition.DrawnRegionsBelow(wholeNumber("drawnRegionsBelow", value)));
            case "fewerRegionsThanCase" -> flag("fewerRegionsThanCase", value, new Condition.FewerRegionsThanCase());
            default -> throw new IllegalArgumentException("unknown condition '" + entry.getKey() + "'; use has, lacks, "
                    + "countAtLeast, components, none, arrow, path, reachableFromClient, unconnected, withoutConsumer, "
                    + "missingRequired, drawnRegionsBelow, fewerRegionsThanCase or context");
        };
    }

    private List<Condition> contexts(Map<String, Object> facts) {
        List<Condition> conditions = new ArrayList<>();
        facts.forEach((key, value) -> {
            if (!ContextKeys.ALL.contains(key)) {
                throw new IllegalArgumentException("unknown context key '" + key + "'; use one of " + ContextKeys.ALL);
            }
            if (!ContextKeys.acceptsValue(key, value)) {
                throw new IllegalArgumentException("context key '" + key + "' needs " + ContextKeys.expected(key)
                        + ", found " + describe(value));
            }
            conditions.add(new Condition.Context(key, value));
        });
        return conditions;
    }

    private Condition countAtLeast(Map<String, Object> spec) {
        Integer count = integer(spec, "count");
        if (count == null) {
            throw new IllegalArgumentException("countAtLeast needs a whole number under 'count'");
        }
        Object selection = spec.containsKey("types") ? spec.get("types") : Map.of("kinds", listOrEmpty(spec, "kinds"),
                "capabilities", listOrEmpty(spec, "capabilities"));
        return new Condition.CountAtLeast(selector("countAtLeast", selection), count);
    }

    private Condition arrow(Map<String, Object> spec) {
        onlyKeys("arrow", spec, ARROW_KEYS);
        Object mode = spec.get("mode");
        if (mode != null && !MODES.contains(mode)) {
            throw new IllegalArgumentException("'mode' of an arrow is sync or async, found " + describe(mode));
        }
        return new Condition.Arrow(selector("arrow/from", spec.get("from")), selector("arrow/to", spec.get("to")),
                (String) mode);
    }

    private Condition path(Map<String, Object> spec) {
        onlyKeys("path", spec, PATH_KEYS);
        return new Condition.Path(selector("path/from", spec.get("from")), selector("path/to", spec.get("to")),
                optionalSelector("path", spec, "via"), optionalSelector("path", spec, "avoiding"));
    }

    /** A path whose start is any client: what someone on the internet can reach by following arrows. */
    private Condition reachableFromClient(Map<String, Object> spec) {
        onlyKeys("reachableFromClient", spec, REACHABLE_KEYS);
        return new Condition.Path(Selector.ofKinds(DesignGraph.CLIENT), selector("reachableFromClient/to", spec.get("to")),
                optionalSelector("reachableFromClient", spec, "via"), optionalSelector("reachableFromClient", spec, "avoiding"));
    }

    private ComponentFilter filter(String condition, Map<String, Object> spec) {
        onlyKeys(condition, spec, FILTER_KEYS);
        return new ComponentFilter(optionalTypes(spec, "types"), names(condition, spec, "kinds", knowledge.kinds()),
                names(condition, spec, "notKinds", knowledge.kinds()),
                names(condition, spec, "capabilities", knowledge.capabilities()),
                names(condition, spec, "lacking", knowledge.capabilities()),
                bool(spec, "multiAz"), integer(spec, "instancesBelow"), integer(spec, "readReplicasBelow"),
                bool(spec, "noTechnology"), bool(spec, "stateful"), propertyNames(spec, "with"), propertyNames(spec, "without"),
                bool(spec, "entry"));
    }

    private static void onlyKeys(String condition, Map<String, Object> spec, Set<String> allowed) {
        spec.keySet().stream().filter(key -> !allowed.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown setting '" + key + "' of '" + condition + "'; use "
                    + allowed.stream().sorted().toList());
        });
    }

    private List<String> optionalTypes(Map<String, Object> spec, String key) {
        return spec.containsKey(key) ? types(spec.get(key)) : List.of();
    }

    private static List<String> propertyNames(Map<String, Object> spec, String key) {
        Object value = spec.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("'" + key + "' needs a list of property ids such as [tls], found " + value);
        }
        return list.stream().map(String.class::cast).toList();
    }

    private List<String> types(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("expected a list of component types, found " + value);
        }
        List<String> types = list.stream().map(String::valueOf).toList();
        types.stream().filter(type -> !knowledge.knowsType(type)).findFirst().ifPresent(type -> {
            throw new IllegalArgumentException("unknown component type '" + type + "'");
        });
        return types;
    }

    /**
     * A list of types ({@code [cache, cdn]}) or a map of types, kinds and capabilities
     * ({@code {capabilities: [global-routing]}}); any one of them selects a component.
     */
    private Selector selector(String where, @Nullable Object value) {
        if (value instanceof List<?>) {
            return Selector.ofTypes(types(value));
        }
        Map<String, Object> spec = map(value, where);
        onlyKeys(where, spec, SELECTOR_KEYS);
        Selector selector = new Selector(optionalTypes(spec, "types"), names(where, spec, "kinds", knowledge.kinds()),
                names(where, spec, "capabilities", knowledge.capabilities()));
        if (selector.isEmpty()) {
            throw new IllegalArgumentException("'" + where + "' needs types, kinds or capabilities");
        }
        return selector;
    }

    private Selector optionalSelector(String where, Map<String, Object> spec, String key) {
        return spec.containsKey(key) ? selector(where + "/" + key, spec.get(key)) : new Selector(List.of(), List.of(), List.of());
    }

    private static List<?> listOrEmpty(Map<String, Object> spec, String key) {
        return spec.get(key) instanceof List<?> list ? list : List.of();
    }

    /** Kind or capability ids under a key, each one the catalog declares; absent means none. */
    private static List<String> names(String where, Map<String, Object> spec, String key, Set<String> known) {
        Object value = spec.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("'" + key + "' of '" + where + "' needs a list of ids, found " + value);
        }
        list.stream().map(String.class::cast).filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("unknown " + (key.contains("inds") ? "kind" : "capability") + " '" + name
                    + "' under '" + key + "' of '" + where + "'; the catalog declares " + known.stream().sorted().toList());
        });
        return list.stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String condition) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("'" + condition + "' needs a map of settings, found " + value);
        }
        return (Map<String, Object>) map;
    }

    /**
     * A condition that is a plain flag, such as {@code unconnected: true}. Anything but {@code true}
     * is refused: {@code false} would read as "not connected" and yet compile to the same check.
     */
    private static List<Condition> flag(String key, @Nullable Object value, Condition condition) {
        if (!Boolean.TRUE.equals(value)) {
            throw new IllegalArgumentException("'" + key + "' is a flag: write '" + key + ": true', found " + value);
        }
        return List.of(condition);
    }

    /** A true/false setting, or null when the key is absent; any other value stops the rule. */
    private static @Nullable Boolean bool(Map<String, Object> spec, String key) {
        Object value = spec.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new IllegalArgumentException("'" + key + "' needs true or false, found " + describe(value));
    }

    /** A whole number, or null when the key is absent; text or fractions stop the rule rather than being ignored. */
    private static @Nullable Integer integer(Map<String, Object> spec, String key) {
        Object value = spec.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).intValue();
        }
        throw new IllegalArgumentException("'" + key + "' needs a whole number, found " + describe(value));
    }

    private static int wholeNumber(String key, @Nullable Object value) {
        if (value instanceof Integer number && number > 0) {
            return number;
        }
        throw new IllegalArgumentException("'" + key + "' needs a whole number above 0, found " + describe(value));
    }

    private static String describe(@Nullable Object value) {
        return value instanceof String text ? "the text \"" + text + "\"" : String.valueOf(value);
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
