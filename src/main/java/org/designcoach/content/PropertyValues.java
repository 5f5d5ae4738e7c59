package org.designcoach.content;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a component's properties against its catalog type: each key must be one of the type's
 * properties, each value of the property's kind. The rules and the simulator read these values,
 * so "lots" read replicas must be refused with a reason, not quietly read as none.
 */
final class PropertyValues {

    /** Every type but a client may carry this; the simulator uses it in place of the catalog's figure. */
    static final String CAPACITY = "capacityPerInstance";
    static final double MAX_CAPACITY = 1e9;
    /** Every type but a client may carry this too: the mean time one request takes, in place of the catalog's. */
    static final String SERVICE_TIME = "serviceTimeMs";
    /** An hour: longer is a batch job, not a request. */
    static final double MAX_SERVICE_TIME_MS = 3_600_000;
    static final int MAX_WHOLE = 10_000;

    private PropertyValues() {
    }

    /** The problem with one property of a component, in words for the person who drew it; empty when fine. */
    static Optional<String> problem(String where, ComponentType type, String key, @Nullable Object value) {
        if (key.equals(CAPACITY)) {
            return number(value) && inRange(value, 0, MAX_CAPACITY) ? Optional.empty()
                    : Optional.of(start(where, key, value) + " give the requests per second one instance handles, "
                            + "a number from 0 to 1,000,000,000." + quotedHint(value));
        }
        if (key.equals(SERVICE_TIME)) {
            return number(value) && ((Number) value).doubleValue() > 0 && inRange(value, 0, MAX_SERVICE_TIME_MS)
                    ? Optional.empty()
                    : Optional.of(start(where, key, value) + " give the milliseconds one request takes at an idle "
                            + "instance, a number above 0 and at most 3,600,000 (an hour)." + quotedHint(value));
        }
        Optional<ComponentType.Property> property = type.properties().stream().filter(p -> p.id().equals(key)).findFirst();
        if (property.isEmpty()) {
            return Optional.of("The " + where + " has the property '" + key + "', which a " + type.name()
                    + " does not have. " + known(type));
        }
        return kindProblem(property.get(), value).map(expected -> start(where, key, value) + " " + expected
                + quotedHint(value));
    }

    /** "0.9" in quotes is text in JSON; a person who wrote it meant the number. */
    private static String quotedHint(@Nullable Object value) {
        if (value instanceof String text) {
            try {
                Double.parseDouble(text.strip());
                return " Write the number without quotes.";
            } catch (NumberFormatException notANumber) {
                return "";
            }
        }
        return "";
    }

    private static Optional<String> kindProblem(ComponentType.Property property, @Nullable Object value) {
        return switch (property.type()) {
            case "ratio" -> number(value) && inRange(value, 0, 1) ? Optional.empty()
                    : Optional.of("it is a fraction from 0 to 1, such as 0.9.");
            case "integer" -> number(value) && inRange(value, 0, MAX_WHOLE) && whole(value) ? Optional.empty()
                    : Optional.of("give a whole number from 0 to " + MAX_WHOLE + ".");
            case "number" -> number(value) ? Optional.empty() : Optional.of("give a number.");
            case "boolean" -> value instanceof Boolean ? Optional.empty() : Optional.of("give true or false.");
            case "choice" -> choices(property).contains(value) ? Optional.empty()
                    : Optional.of("choose one of " + String.join(", ", choices(property)) + ".");
            default -> value instanceof String ? Optional.empty() : Optional.of("give a text.");
        };
    }

    private static String start(String where, String key, @Nullable Object value) {
        return "The property '" + key + "' of the " + where + " is " + shown(value) + ";";
    }

    private static String known(ComponentType type) {
        if (type.properties().isEmpty()) {
            return "It has no properties of its own besides " + CAPACITY + " and " + SERVICE_TIME + ".";
        }
        return "Its properties are " + type.properties().stream().map(ComponentType.Property::id)
                .collect(Collectors.joining(", ")) + ", " + CAPACITY + " and " + SERVICE_TIME + ".";
    }

    /** The value as the person wrote it, cut short: the message must stay readable. */
    private static String shown(@Nullable Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        if (value instanceof java.util.Collection<?>) {
            return "a list";
        }
        String text = value instanceof String string ? "'" + string + "'" : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static List<String> choices(ComponentType.Property property) {
        return property.choices() == null ? List.of() : property.choices();
    }

    private static boolean number(@Nullable Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue());
    }

    private static boolean inRange(@Nullable Object value, double min, double max) {
        double number = ((Number) value).doubleValue();
        return number >= min && number <= max;
    }

    private static boolean whole(@Nullable Object value) {
        double number = ((Number) value).doubleValue();
        return number == Math.rint(number);
    }
}
