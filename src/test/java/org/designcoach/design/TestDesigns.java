package org.designcoach.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small language for test designs, shared by the rules and scoring tests: components as
 * {@code "api=app-server x2 multiAz replicas=1 stateful notech +tls -tls routing:latency tech=DynamoDB_global_tables"}
 * ({@code xN} instances; {@code +name} switches a boolean property on, {@code -name} off; {@code name:value} sets a
 * text property; {@code @us-east-1} puts it in that region; {@code tech=} names the technology, underscores standing for spaces, and {@code notech} leaves it
 * out; without either it is "Tech") and arrows as {@code "lb>api"} (synchronous) or {@code "api~>queue"}
 * (asynchronous). Each component's label is its id, so findings and load figures name it as written.
 */
public final class TestDesigns {

    /** A sound small web system: the baseline most rules must leave alone. */
    public static final String[] SOUND_ARROWS = {"c>cdn", "cdn>lb", "lb>api", "api>cache", "api>db", "api~>m", "api~>l"};

    /** A small web system a strong candidate draws for a few thousand requests a second, without central logs. */
    public static final List<String> WEB_SYSTEM = List.of("c=web-client", "cdn=cdn", "lb=load-balancer",
            "api=app-server x3", "cache=cache multiAz", "db=sql-database multiAz replicas=1", "m=metrics");
    public static final String[] WEB_ARROWS = {"c>cdn", "cdn>lb", "lb>api", "api>cache", "api>db", "api~>m"};

    private TestDesigns() {
    }

    /** {@link #WEB_SYSTEM} with central logs. */
    public static List<String> soundWebSystem() {
        List<String> components = new ArrayList<>(WEB_SYSTEM);
        components.add("l=logging");
        return List.copyOf(components);
    }

    public static Design design(List<String> components, String... arrows) {
        List<DesignComponent> parsed = components.stream().map(TestDesigns::component).toList();
        List<Connection> connections = new ArrayList<>();
        for (String arrow : arrows) {
            boolean async = arrow.contains("~>");
            String[] ends = arrow.split(async ? "~>" : ">");
            connections.add(new Connection(ends[0], ends[1], async ? Connection.ASYNC : Connection.SYNC, "HTTPS", null));
        }
        return new Design(1, parsed, connections, List.of());
    }

    /** The same design with one component's instances changed. */
    public static Design withInstances(Design design, String componentId, int instances) {
        List<DesignComponent> changed = design.components().stream().map(c -> c.id().equals(componentId)
                ? new DesignComponent(c.id(), c.type(), c.label(), c.technology(), instances, c.multiAz(), c.region(),
                        c.group(), c.properties(), c.notes(), c.position())
                : c).toList();
        return new Design(design.version(), changed, design.connections(), design.groups());
    }

    private static DesignComponent component(String spec) {
        String[] parts = spec.split("\\s+");
        String[] idAndType = parts[0].split("=");
        Integer instances = null;
        boolean multiAz = false;
        String technology = "Tech";
        String region = null;
        Map<String, Object> properties = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("tech=")) {
                technology = part.substring("tech=".length()).replace('_', ' ');
            } else if (part.startsWith("replicas=")) {
                properties.put("readReplicas", Integer.parseInt(part.substring("replicas=".length())));
            } else if (part.matches("x\\d+")) {
                instances = Integer.parseInt(part.substring(1));
            } else if (part.equals("multiAz")) {
                multiAz = true;
            } else if (part.equals("stateful")) {
                properties.put("stateless", false);
            } else if (part.startsWith("@")) {
                region = part.substring(1);
            } else if (part.equals("notech")) {
                technology = null;
            } else if (part.startsWith("+")) {
                properties.put(part.substring(1), true);
            } else if (part.startsWith("-")) {
                properties.put(part.substring(1), false);
            } else if (part.contains(":")) {
                properties.put(part.substring(0, part.indexOf(':')), part.substring(part.indexOf(':') + 1));
            } else {
                throw new IllegalArgumentException("'" + part + "' in '" + spec + "' is not part of the test design language");
            }
        }
        return new DesignComponent(idAndType[0], idAndType[1], idAndType[0], technology, instances, multiAz, region, null,
                properties, null, null);
    }
}
