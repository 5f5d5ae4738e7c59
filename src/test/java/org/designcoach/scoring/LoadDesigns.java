package org.designcoach.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/**
 * Test designs written short: components as {@code "api=app-server x3 multiAz replicas=1"} (a technology as {@code tech=Amazon_SQS}) and arrows
 * as {@code "lb>api"} (synchronous) or {@code "api~>queue"} (asynchronous).
 */
final class LoadDesigns {

    /** A small web system a strong candidate draws for a few thousand requests a second. */
    static final List<String> WEB_SYSTEM = List.of("c=web-client", "cdn=cdn", "lb=load-balancer", "api=app-server x3",
            "cache=cache multiAz", "db=sql-database multiAz replicas=1", "m=metrics");
    static final String[] WEB_ARROWS = {"c>cdn", "cdn>lb", "lb>api", "api>cache", "api>db", "api~>m"};

    private LoadDesigns() {
    }

    static Design design(List<String> components, String... arrows) {
        List<DesignComponent> parsed = components.stream().map(LoadDesigns::component).toList();
        List<Connection> connections = new ArrayList<>();
        for (String arrow : arrows) {
            boolean async = arrow.contains("~>");
            String[] ends = arrow.split(async ? "~>" : ">");
            connections.add(new Connection(ends[0], ends[1], async ? Connection.ASYNC : Connection.SYNC, "HTTPS", null));
        }
        return new Design(1, parsed, connections, List.of());
    }

    /** The same design with one component's instances changed. */
    static Design withInstances(Design design, String componentId, int instances) {
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
        Map<String, Object> properties = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("x")) {
                instances = Integer.parseInt(part.substring(1));
            } else if (part.equals("multiAz")) {
                multiAz = true;
            } else if (part.startsWith("tech=")) {
                technology = part.substring("tech=".length()).replace('_', ' ');
            } else if (part.startsWith("replicas=")) {
                properties.put("readReplicas", Integer.parseInt(part.substring("replicas=".length())));
            }
        }
        return new DesignComponent(idAndType[0], idAndType[1], idAndType[0], technology, instances, multiAz, null, null,
                properties, null, null);
    }
}
