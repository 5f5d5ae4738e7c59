package org.designcoach.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The facts a rule may test, and how each compares with its value. */
final class ContextKeys {

    static final List<String> ALL = List.of("peakQpsAtLeast", "peakQpsBelow", "availabilityAtLeast",
            "availabilityBelow", "regionsAtLeast", "regionsBelow", "readHeavy", "asyncWork", "fullTextSearch", "staticContent",
            "globalUsers", "guaranteedDelivery", "hasCompliance", "publicApi", "consistency", "levelAtLeast",
            "levelBelow");

    /** Interview levels from junior to staff; a rule may expect more from the higher ones. */
    static final List<String> LEVELS = List.of("junior", "mid", "senior", "staff");

    static final List<String> CONSISTENCIES = List.of("strong", "eventual", "read-after-write");

    private ContextKeys() {
    }

    static boolean holds(String key, Object value, DesignContext context) {
        return switch (key) {
            case "peakQpsAtLeast" -> context.peakQps() >= number(value);
            case "peakQpsBelow" -> context.peakQps() < number(value);
            case "availabilityAtLeast" -> context.availabilityPercent() >= number(value);
            case "availabilityBelow" -> context.availabilityPercent() < number(value);
            case "regionsAtLeast" -> context.regions() >= number(value);
            case "regionsBelow" -> context.regions() < number(value);
            case "readHeavy" -> context.readHeavy() == bool(value);
            case "asyncWork" -> context.asyncWork() == bool(value);
            case "fullTextSearch" -> context.fullTextSearch() == bool(value);
            case "staticContent" -> context.staticContent() == bool(value);
            case "globalUsers" -> context.globalUsers() == bool(value);
            case "guaranteedDelivery" -> context.guaranteedDelivery() == bool(value);
            case "hasCompliance" -> !context.compliance().isEmpty() == bool(value);
            case "publicApi" -> context.publicApi() == bool(value);
            case "consistency" -> context.consistency().equals(value);
            case "levelAtLeast" -> rank(context.level()) >= rank((String) value);
            case "levelBelow" -> rank(context.level()) < rank((String) value);
            default -> throw new IllegalArgumentException("Unknown context key '" + key + "'");
        };
    }

    /** What a key's value must be, for messages; the compiler refuses anything else. */
    static String expected(String key) {
        return switch (key) {
            case "consistency" -> "one of " + CONSISTENCIES;
            case "levelAtLeast", "levelBelow" -> "one of " + LEVELS;
            default -> isNumeric(key) ? "a number" : "true or false";
        };
    }

    /** Whether the value has the right kind for the key; the compiler uses it to refuse bad rules. */
    static boolean acceptsValue(String key, @Nullable Object value) {
        return switch (key) {
            case "consistency" -> value instanceof String need && CONSISTENCIES.contains(need);
            case "levelAtLeast", "levelBelow" -> value instanceof String level && LEVELS.contains(level);
            default -> isNumeric(key) ? value instanceof Number : value instanceof Boolean;
        };
    }

    private static boolean isNumeric(String key) {
        return key.startsWith("peakQps") || key.startsWith("availability") || key.startsWith("regions");
    }

    /** An unknown level ranks as the lowest, so that no rule expects more of it than of a junior. */
    private static int rank(String level) {
        return Math.max(0, LEVELS.indexOf(level));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static boolean bool(Object value) {
        return (Boolean) value;
    }
}
