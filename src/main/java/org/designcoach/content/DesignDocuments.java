package org.designcoach.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.design.DesignJson;
import org.designcoach.design.DesignLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes designs as JSON in format version 1, the format of reference architectures in
 * content (docs/content-format.md). Whatever a user imports, a tool posts or a canvas sends passes
 * through {@link #read}: it is checked against the schema, the catalog (types and their properties)
 * and the limits below, and every problem is reported at once.
 */
@Component
public class DesignDocuments {

    public static final int MAX_BYTES = 512 * 1024;
    /** The design's limits are stated in its schema (content/schema/design.schema.json, under $defs). */
    public static final int MAX_COMPONENTS = DesignLimits.OF_SCHEMA.components();
    public static final int MAX_CONNECTIONS = DesignLimits.OF_SCHEMA.connections();
    public static final int MAX_TEXT = DesignLimits.OF_SCHEMA.text();
    public static final int MAX_NOTES = DesignLimits.OF_SCHEMA.notes();
    /** No number in a design means anything beyond this size, in either direction (capacity tops out here). */
    public static final double MAX_NUMBER = 1e9;

    /** Something that looks like the start of an HTML tag or entity; designs hold plain text only. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]|&[#a-zA-Z0-9]+;");

    private final JsonMapper json = DesignJson.MAPPER;
    private final ContentSchemas schemas = new ContentSchemas();
    private final Supplier<ContentLibrary> library;

    @Autowired
    DesignDocuments(ContentService content) {
        this(content::library);
    }

    DesignDocuments(Supplier<ContentLibrary> library) {
        this.library = library;
    }

    /** The design in a JSON text, or an exception that lists what is wrong with it. */
    public Design read(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidDesignException("The design is larger than " + MAX_BYTES / 1024
                    + " KB. A design of even a few hundred components fits well within that; is this the right file?");
        }
        JsonNode tree = parse(text);
        checkSize(tree);
        checkNumbers(tree);
        List<String> problems = new ArrayList<>(schemas.check("design", tree, "design").stream()
                .map(problem -> "At " + problem.place() + ": " + problem.message()).toList());
        problems.addAll(propertiesWithoutValue(tree));
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems);
        }
        Design design = json.treeToValue(tree, Design.class);
        problems.addAll(consistencyProblems(design));
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems);
        }
        return design;
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            throw new InvalidDesignException("The design is empty. Export a design from the canvas to see the format.");
        }
        try {
            JsonNode tree = json.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new InvalidDesignException("A design is a JSON object with \"version\", \"components\" and "
                        + "\"connections\"; this text is not an object.");
            }
            return tree;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidDesignException("This is not valid JSON" + place + ": " + e.getOriginalMessage() + ".");
        }
    }

    /** A null property value cannot be held (and means nothing): named here, before the records are built. */
    private static List<String> propertiesWithoutValue(JsonNode tree) {
        List<String> problems = new ArrayList<>();
        for (JsonNode component : tree.path("components")) {
            component.path("properties").properties().forEach(property -> {
                if (property.getValue().isNull()) {
                    problems.add("The property '" + property.getKey() + "' of the component '"
                            + component.path("id").asString("") + "' has no value; give one or leave the property out.");
                }
            });
        }
        return problems;
    }

    /**
     * Every number of the document within {@link #MAX_NUMBER}, checked before the schema: the schema
     * library cannot compare a number such as 1e19 with an integer bound and fails instead of saying so.
     */
    private static void checkNumbers(JsonNode tree) {
        List<String> problems = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", tree));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String place = next.getKey();
            JsonNode node = next.getValue();
            if (node.isNumber() && !(Math.abs(node.numberValue().doubleValue()) <= MAX_NUMBER)) {
                problems.add("At " + place + ": " + shown(node) + " is out of range; numbers in a design lie "
                        + "between -1,000,000,000 and 1,000,000,000.");
            } else if (node.isObject()) {
                node.properties().forEach(field -> pending.push(Map.entry(place + "/" + field.getKey(), field.getValue())));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(place + "/" + i, node.get(i)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems.reversed());
        }
    }

    private static String shown(JsonNode number) {
        String text = number.numberValue().toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Counted before the schema runs, so that a huge document is refused cheaply and with a plain message. */
    private static void checkSize(JsonNode tree) {
        int components = tree.path("components").size();
        int connections = tree.path("connections").size();
        if (components > MAX_COMPONENTS) {
            throw new InvalidDesignException("A design holds at most " + MAX_COMPONENTS + " components; this one has "
                    + components + ". Group repeated parts into one component with several instances.");
        }
        if (connections > MAX_CONNECTIONS) {
            throw new InvalidDesignException("A design holds at most " + MAX_CONNECTIONS + " arrows; this one has "
                    + connections + ".");
        }
    }

    private List<String> consistencyProblems(Design design) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> groups = new HashSet<>();
        design.groups().forEach(group -> {
            if (!groups.add(group.id())) {
                problems.add("The group id '" + group.id() + "' appears twice; give each group its own id.");
            }
            checkText(problems, "group '" + group.id() + "'", "label", group.label(), MAX_TEXT);
        });
        for (DesignComponent component : design.components()) {
            checkComponent(problems, component, groups);
            if (!ids.add(component.id())) {
                problems.add("The component id '" + component.id() + "' appears twice; give each component its own id.");
            }
        }
        Set<String> arrows = new HashSet<>();
        for (Connection connection : design.connections()) {
            checkConnection(problems, connection, ids);
            if (!arrows.add(connection.from() + "->" + connection.to())) {
                problems.add("The arrow " + connection.from() + " → " + connection.to() + " appears twice. Keep one "
                        + "arrow from one component to another and set its mode and protocol; an arrow back the "
                        + "other way is fine.");
            }
        }
        return problems;
    }

    private void checkComponent(List<String> problems, DesignComponent component, Set<String> groups) {
        String where = "component '" + component.id() + "'";
        Optional<ComponentType> type = library.get().componentType(component.type());
        if (type.isEmpty()) {
            problems.add("The " + where + " has the type '" + component.type()
                    + "', which is not in the catalog. Pick a type from the palette (GET /api/v1/catalog lists them).");
        }
        if (component.group() != null && !groups.contains(component.group())) {
            problems.add("The " + where + " belongs to the group '" + component.group()
                    + "', which the design does not define under \"groups\".");
        }
        checkText(problems, where, "label", component.label(), MAX_TEXT);
        checkText(problems, where, "technology", component.technology(), MAX_TEXT);
        checkText(problems, where, "region", component.region(), MAX_TEXT);
        checkText(problems, where, "notes", component.notes(), MAX_NOTES);
        component.properties().forEach((key, value) -> {
            if (value instanceof String text) {
                checkText(problems, where, "property '" + key + "'", text, MAX_TEXT);
            }
            type.flatMap(known -> PropertyValues.problem(where, known, key, value)).ifPresent(problems::add);
        });
    }

    private static void checkConnection(List<String> problems, Connection connection, Set<String> ids) {
        String arrow = "The arrow " + connection.from() + " → " + connection.to();
        for (String end : List.of(connection.from(), connection.to())) {
            if (!ids.contains(end)) {
                problems.add(arrow + " names '" + end + "', which is not a component of this design.");
            }
        }
        if (connection.from().equals(connection.to())) {
            problems.add(arrow + " starts and ends at the same component; connect two different components.");
        }
        checkText(problems, "arrow " + connection.from() + " → " + connection.to(), "label", connection.label(),
                MAX_TEXT);
    }

    private static void checkText(List<String> problems, String where, String field, @Nullable String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add("The " + field + " of the " + where + " is " + value.length() + " characters long; keep it under "
                    + max + ".");
        }
        if (MARKUP.matcher(value).find()) {
            problems.add("The " + field + " of the " + where + " contains HTML markup. Designs hold plain text only: "
                    + "remove the tags.");
        }
    }
}
