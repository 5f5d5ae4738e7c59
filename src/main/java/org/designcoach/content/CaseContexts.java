package org.designcoach.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcoach.rules.DesignContext;

/** What the rules engine needs to know about a case, from its facts. */
public final class CaseContexts {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)([kMGT]?)");

    private CaseContexts() {
    }

    /** The context of a case, with the catalog's names for component types in its findings. */
    public static DesignContext of(CaseStudy study, Optional<Double> estimatedPeakQps, Catalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.components().forEach(type -> names.put(type.id(), type.name()));
        return of(study, estimatedPeakQps).withTypeNames(names);
    }

    /**
     * The context of a case at the case's own level; the learner's own peak estimate replaces the
     * case's when there is one. Without a stated consistency need, eventual consistency is assumed.
     */
    public static DesignContext of(CaseStudy study, Optional<Double> estimatedPeakQps) {
        CaseStudy.Facts facts = study.facts();
        return new DesignContext(
                estimatedPeakQps.orElseGet(() -> leadingNumber(facts.peakQps())),
                leadingNumber(facts.availabilityTarget()),
                facts.regions() == null ? 1 : facts.regions(),
                Boolean.TRUE.equals(facts.readHeavy()),
                Boolean.TRUE.equals(facts.asyncWork()),
                Boolean.TRUE.equals(facts.fullTextSearch()),
                Boolean.TRUE.equals(facts.staticContent()),
                Boolean.TRUE.equals(facts.globalUsers()),
                Boolean.TRUE.equals(facts.guaranteedDelivery()),
                Boolean.TRUE.equals(facts.publicApi()),
                facts.consistency() == null ? "eventual" : facts.consistency(),
                study.level(),
                facts.compliance() == null ? List.of() : facts.compliance(),
                study.keyRequirements(),
                Map.of());
    }

    /**
     * The number at the start of a content quantity with its multiplier ("1.2k /s" → 1200). Content
     * quantities are already checked by the schema; the full parser with units comes with the worksheet.
     */
    static double leadingNumber(String quantity) {
        Matcher matcher = LEADING_NUMBER.matcher(quantity == null ? "" : quantity);
        if (!matcher.find()) {
            throw new IllegalArgumentException("Not a quantity: '" + quantity + "'");
        }
        double number = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "k" -> number * 1e3;
            case "M" -> number * 1e6;
            case "G" -> number * 1e9;
            case "T" -> number * 1e12;
            default -> number;
        };
    }
}
