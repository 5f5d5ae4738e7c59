package org.designcoach.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.traffic.FlowRoles;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Component profiles for tests: the real catalog, or a hand-made one whose numbers are easy to check.
 * Either way each type plays the role the app gives it from the catalog's kind and capabilities.
 */
public final class Profiles {

    private static final JsonNode CATALOG_TYPES = readCatalogTypes();

    private Profiles() {
    }

    /** Every type in content/catalog/components.yaml, as the app would map it. */
    static Map<String, ComponentProfile> catalog() {
        Map<String, ComponentProfile> profiles = new HashMap<>();
        for (JsonNode component : catalogTypes()) {
            JsonNode defaults = component.get("defaults");
            String type = component.get("id").asString();
            profiles.put(type, new ComponentProfile(type, roleOf(component),
                    number(defaults.get("capacityPerInstance").get("value").asString()),
                    number(defaults.get("serviceTime").get("value").asString()),
                    number(defaults.get("availability").get("value").asString()) / 100,
                    (number(defaults.get("monthlyCost").get("min").asString())
                            + number(defaults.get("monthlyCost").get("max").asString())) / 2));
        }
        return profiles;
    }

    /** The role the app gives a type, from the catalog's kind and capabilities of {@code type}. */
    public static FlowRole role(String type) {
        return roleOf(catalogType(type));
    }

    private static FlowRole roleOf(JsonNode component) {
        List<String> capabilities = component.path("capabilities").valueStream().map(JsonNode::asString).toList();
        return FlowRoles.of(component.get("kind").asString(), capabilities);
    }

    private static JsonNode catalogType(String type) {
        for (JsonNode component : catalogTypes()) {
            if (component.get("id").asString().equals(type)) {
                return component;
            }
        }
        throw new IllegalArgumentException("The catalog has no type " + type);
    }

    private static JsonNode catalogTypes() {
        return CATALOG_TYPES;
    }

    private static JsonNode readCatalogTypes() {
        try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream("content/catalog/components.yaml")) {
            return YAMLMapper.builder().build().readTree(in).get("components");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leading number of "10G /s", "5 ms", "99.95 %" or "200 USD/month", with k, M or G applied. */
    static double number(String text) {
        var match = java.util.regex.Pattern.compile("([0-9.]+)\\s*([kMG]?)").matcher(text.strip());
        if (!match.lookingAt()) {
            throw new IllegalArgumentException("Not a catalog number: " + text);
        }
        double value = Double.parseDouble(match.group(1));
        return switch (match.group(2)) {
            case "k" -> value * 1e3;
            case "M" -> value * 1e6;
            case "G" -> value * 1e9;
            default -> value;
        };
    }

    /** Round numbers: each type's capacity and service time chosen so that tests read like arithmetic. */
    static Map<String, ComponentProfile> simple() {
        Map<String, ComponentProfile> profiles = new HashMap<>();
        add(profiles, "web-client", 1e10, 0, 1, 0);
        add(profiles, "mobile-client", 1e10, 0, 1, 0);
        add(profiles, "load-balancer", 50_000, 1, 0.9999, 100);
        add(profiles, "api-gateway", 10_000, 5, 0.9995, 500);
        add(profiles, "cdn", 100_000, 20, 0.999, 1000);
        add(profiles, "app-server", 1_000, 20, 0.999, 200);
        add(profiles, "microservice", 1_000, 15, 0.999, 200);
        add(profiles, "cache", 100_000, 1, 0.999, 300);
        add(profiles, "sql-database", 3_000, 5, 0.9995, 1000);
        add(profiles, "nosql-database", 20_000, 5, 0.9999, 1000);
        add(profiles, "message-queue", 3_000, 10, 0.999, 50);
        add(profiles, "event-stream", 10_000, 5, 0.999, 500);
        add(profiles, "worker", 200, 100, 0.999, 150);
        add(profiles, "search-engine", 2_000, 20, 0.999, 500);
        // Small capacities on purpose: were requests sent to them, they would overload at once.
        add(profiles, "metrics", 100, 5, 0.999, 100);
        add(profiles, "alerting", 10, 5, 0.999, 50);
        add(profiles, "secrets-manager", 100, 5, 0.9999, 20);
        add(profiles, "cost-monitor", 10, 50, 0.999, 100);
        add(profiles, "dead-letter-queue", 10, 10, 0.999, 10);
        return profiles;
    }

    static SimulationModel simpleModel() {
        return SimulationModel.builder().profiles(simple()).build();
    }

    private static void add(Map<String, ComponentProfile> profiles, String type, double capacity, double serviceMs,
            double availability, double cost) {
        profiles.put(type, new ComponentProfile(type, role(type), capacity, serviceMs, availability, cost));
    }
}
