package org.designcoach.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.designcoach.estimation.QuantityException;
import org.designcoach.estimation.QuantityParser;
import org.designcoach.rules.ComponentKnowledge;
import org.designcoach.rules.KeyRequirement;

/**
 * What the schema cannot check about kinds and capabilities: every kind and capability that a
 * component type, a property, a technology or a case's key requirement names is declared in the
 * catalog, and every value a property grants capabilities for is a value the property can take.
 */
final class CapabilityChecks {

    private static final String CATALOG = "catalog/components.yaml";

    private final ContentDraft draft;
    private final Set<String> kinds;
    private final Set<String> capabilities;
    private final List<ContentProblem> problems = new ArrayList<>();

    CapabilityChecks(ContentDraft draft) {
        this.draft = draft;
        this.kinds = draft.kinds.keySet();
        this.capabilities = draft.capabilities.keySet();
    }

    /** The problems of the catalog's kinds and capabilities. */
    List<ContentProblem> problems() {
        draft.components.values().forEach(this::checkType);
        draft.multiAzCapabilities.forEach(id -> capability(CATALOG, "multiAzCapabilities", id));
        for (int i = 0; i < draft.technologyCapabilities.size(); i++) {
            Catalog.TechnologyCapability known = draft.technologyCapabilities.get(i);
            String place = "technologyCapabilities/" + i + " (" + known.match() + ")";
            known.capabilities().forEach(id -> capability(CATALOG, place + "/capabilities", id));
            if (known.types() != null) {
                known.types().stream().filter(type -> draft.componentType(type) == null).forEach(type -> problems.add(
                        new ContentProblem(CATALOG, place + "/types", "Unknown component type '" + type + "'.")));
            }
        }
        for (int i = 0; i < draft.technologyCapacities.size(); i++) {
            checkCapacity("technologyCapacities/" + i, draft.technologyCapacities.get(i));
        }
        return problems;
    }

    /** A technology's capacity is a rate above zero, for component types the catalog has. */
    private void checkCapacity(String at, Catalog.TechnologyCapacity known) {
        String place = at + " (" + known.match() + ")";
        if (known.types() != null) {
            known.types().stream().filter(type -> draft.componentType(type) == null).forEach(type -> problems.add(
                    new ContentProblem(CATALOG, place + "/types", "Unknown component type '" + type + "'.")));
        }
        try {
            double rate = QuantityParser.parse(known.capacityPerInstance()).in("/s");
            if (!(rate > 0 && rate <= DesignDocuments.MAX_NUMBER)) {
                problems.add(new ContentProblem(CATALOG, place + "/capacityPerInstance", "'"
                        + known.capacityPerInstance() + "' is not a capacity above 0 and at most 1G /s."));
            }
        } catch (QuantityException e) {
            problems.add(new ContentProblem(CATALOG, place + "/capacityPerInstance", "'" + known.capacityPerInstance()
                    + "' is not a rate such as 500k /s: " + e.getMessage()));
        }
    }

    /** The problems of a case's key requirements. */
    List<ContentProblem> keyRequirements(String file, CaseStudy study) {
        for (KeyRequirement requirement : study.keyRequirements()) {
            String place = "keyRequirements/" + requirement.id();
            requirement.capabilities().forEach(id -> capability(file, place + "/capabilities", id));
            requirement.kinds().forEach(id -> kind(file, place + "/kinds", id));
        }
        return problems;
    }

    private void checkType(ComponentType type) {
        String file = draft.fileOf("component", type.id());
        String place = "components/" + type.id();
        kind(file, place + "/kind", type.kind());
        type.capabilities().forEach(id -> capability(file, place + "/capabilities", id));
        for (ComponentType.Property property : type.properties()) {
            if (property.capabilities() == null) {
                continue;
            }
            String at = place + "/properties/" + property.id() + "/capabilities";
            property.capabilities().forEach((value, granted) -> {
                if (!grantsFor(property, value)) {
                    problems.add(new ContentProblem(file, at + "/" + value, "The property '" + property.id()
                            + "' never has the value '" + value + "'. " + values(property)));
                }
                granted.forEach(id -> capability(file, at + "/" + value, id));
            });
        }
    }

    private static boolean grantsFor(ComponentType.Property property, String value) {
        return switch (property.type()) {
            case "boolean" -> value.equals("true") || value.equals("false");
            case "choice" -> property.choices() != null && property.choices().contains(value);
            case "integer", "number", "ratio" -> value.equals(ComponentKnowledge.POSITIVE);
            default -> false;
        };
    }

    private static String values(ComponentType.Property property) {
        return switch (property.type()) {
            case "boolean" -> "Use true or false.";
            case "choice" -> "Use one of its choices: " + property.choices() + ".";
            case "integer", "number", "ratio" -> "Use '" + ComponentKnowledge.POSITIVE + "' for any value above 0.";
            default -> "A text property cannot grant capabilities.";
        };
    }

    private void kind(String file, String place, String id) {
        if (!kinds.contains(id)) {
            problems.add(new ContentProblem(file, place, "Unknown kind '" + id + "'. Use one declared under kinds in "
                    + CATALOG + ": " + kinds.stream().sorted().toList() + "."));
        }
    }

    private void capability(String file, String place, String id) {
        if (!capabilities.contains(id)) {
            problems.add(new ContentProblem(file, place, "Unknown capability '" + id + "'. Declare it under "
                    + "capabilities in " + CATALOG + " or use one declared there."));
        }
    }
}
