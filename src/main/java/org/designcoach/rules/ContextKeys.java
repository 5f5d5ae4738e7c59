package org.designcoach.rules;

import java.util.List;

/** The facts a rule may test, and how each compares with its value. */
final class ContextKeys {

    static final List<String> ALL = List.of("peakQpsAtLeast", "peakQpsBelow", "availabilityAtLeast",
            "availabilityBelow", "regionsAtLeast", "readHeavy", "asyncWork", "fullTextSearch", "staticContent",
            "globalUsers", "guaranteedDelivery", "hasCompliance");

    private ContextKeys() {
    }

    static boolean holds(String key, Object value, DesignContext context) {
        return switch (key) {
            case "peakQpsAtLeast" -> context.peakQps() >= number(value);
            case "peakQpsBelow" -> context.peakQps() < number(value);
            case "availabilityAtLeast" -> context.availabilityPercent() >= number(value);
            case "availabilityBelow" -> context.availabilityPercent() < number(value);
            case "regionsAtLeast" -> context.regions() >= number(value);
            case "readHeavy" -> context.readHeavy() == bool(value);
            case "asyncWork" -> context.asyncWork() == bool(value);
            case "fullTextSearch" -> context.fullTextSearch() == bool(value);
            case "staticContent" -> context.staticContent() == bool(value);
            case "globalUsers" -> context.globalUsers() == bool(value);
            case "guaranteedDelivery" -> context.guaranteedDelivery() == bool(value);
            case "hasCompliance" -> !context.compliance().isEmpty() == bool(value);
            default -> throw new IllegalArgumentException("Unknown context key '" + key + "'");
        };
    }

    /** Whether the value has the right kind for the key; the compiler uses it to refuse bad rules. */
    static boolean acceptsValue(String key, Object value) {
        boolean numeric = key.endsWith("AtLeast") || key.endsWith("Below");
        return numeric ? value instanceof Number : value instanceof Boolean;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static boolean bool(Object value) {
        return (Boolean) value;
    }
}
