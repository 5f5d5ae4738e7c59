package org.designcoach.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/**
 * A small language for test designs: components as {@code "api=app-server x2 multiAz replicas=1
 * stateful notech +tls -tls routing:latency tech=DynamoDB_global_tables"} ({@code +name} switches a
 * boolean property on, {@code -name} off; {@code name:value} sets a text property; underscores in a technology are spaces) and arrows as {@code "lb>api"} (synchronous) or {@code "api~>queue"} (asynchronous).
 */
final class Designs {

    private Designs() {
    }

    static Design design(List<String> components, String... arrows) {
        List<DesignComponent> parsed = components.stream().map(Designs::component).toList();
        List<Connection> connections = new ArrayList<>();
        for (String arrow : arrows) {
            boolean async = arrow.contains("~>");
            String[] ends = arrow.split(async ? "~>" : ">");
            connections.add(new Connection(ends[0], ends[1], async ? Connection.ASYNC : Connection.SYNC, "HTTPS", null));
        }
        return new Design(1, parsed, connections, List.of());
    }

    private static DesignComponent component(String spec) {
        String[] parts = spec.split("\\s+");
        String[] idAndType = parts[0].split("=");
        Integer instances = null;
        boolean multiAz = false;
        String technology = "Tech";
        Map<String, Object> properties = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("x")) {
                instances = Integer.parseInt(part.substring(1));
            } else if (part.equals("multiAz")) {
                multiAz = true;
            } else if (part.startsWith("replicas=")) {
                properties.put("readReplicas", Integer.parseInt(part.substring("replicas=".length())));
            } else if (part.equals("stateful")) {
                properties.put("stateless", false);
            } else if (part.startsWith("+")) {
                properties.put(part.substring(1), true);
            } else if (part.startsWith("-")) {
                properties.put(part.substring(1), false);
            } else if (part.contains(":")) {
                properties.put(part.substring(0, part.indexOf(':')), part.substring(part.indexOf(':') + 1));
            } else if (part.startsWith("tech=")) {
                technology = part.substring("tech=".length()).replace('_', ' ');
            } else if (part.equals("notech")) {
                technology = null;
            }
        }
        return new DesignComponent(idAndType[0], idAndType[1], null, technology, instances, multiAz, null, null,
                properties, null, null);
    }

    /** A sound small web system: the baseline most rules must leave alone. */
    static List<String> soundWebSystem() {
        return List.of("c=web-client", "cdn=cdn", "lb=load-balancer", "api=app-server x3", "cache=cache multiAz",
                "db=sql-database multiAz replicas=1", "m=metrics", "l=logging");
    }

    static final String[] SOUND_ARROWS = {"c>cdn", "cdn>lb", "lb>api", "api>cache", "api>db", "api~>m", "api~>l"};
}
