package org.designcoach.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/**
 * A small language for test designs: components as {@code "db=sql-database x2 multiAz replicas=1
 * hit=0.99 capacity=100 service=10 zone=a region=eu"} and arrows as {@code "lb>api"} (synchronous) or {@code "api~>queue"}
 * (asynchronous), with a share in percent after {@code @}: {@code "api~>review@5"}.
 */
final class Designs {

    private Designs() {
    }

    static Design design(List<String> components, String... arrows) {
        List<Connection> connections = new ArrayList<>();
        for (String drawn : arrows) {
            String[] arrowAndShare = drawn.split("@");
            String arrow = arrowAndShare[0];
            Double share = arrowAndShare.length > 1 ? Double.valueOf(arrowAndShare[1]) : null;
            boolean async = arrow.contains("~>");
            String[] ends = arrow.split(async ? "~>" : ">");
            connections.add(new Connection(ends[0], ends[1], async ? Connection.ASYNC : Connection.SYNC, "HTTPS", null,
                    share));
        }
        return new Design(1, components.stream().map(Designs::component).toList(), connections, List.of());
    }

    private static DesignComponent component(String spec) {
        String[] parts = spec.split("\\s+");
        String[] idAndType = parts[0].split("=");
        Integer instances = null;
        boolean multiAz = false;
        String zone = null;
        String region = null;
        Map<String, Object> properties = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String value = part.substring(part.indexOf('=') + 1);
            if (part.matches("x-?\\d+")) {
                instances = Integer.parseInt(part.substring(1));
            } else if (part.equals("multiAz")) {
                multiAz = true;
            } else if (part.startsWith("replicas=")) {
                properties.put("readReplicas", Integer.parseInt(value));
            } else if (part.startsWith("capacity=")) {
                properties.put("capacityPerInstance", Double.parseDouble(value));
            } else if (part.startsWith("service=")) {
                properties.put("serviceTimeMs", Double.parseDouble(value));
            } else if (part.startsWith("share=")) {
                properties.put("trafficShare", Double.parseDouble(value));
            } else if (part.startsWith("hit=")) {
                properties.put("hitRatio", Double.parseDouble(value));
            } else if (part.startsWith("zone=")) {
                zone = value;
            } else if (part.startsWith("region=")) {
                region = value;
            }
        }
        return new DesignComponent(idAndType[0], idAndType[1], null, "Tech", instances, multiAz, region, zone,
                properties, null, null);
    }
}
