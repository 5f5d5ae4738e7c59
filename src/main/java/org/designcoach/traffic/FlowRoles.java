package org.designcoach.traffic;

import java.util.Collection;
import org.designcoach.content.ComponentType;
import org.designcoach.simulation.FlowRole;

/**
 * The role a catalog type plays in the simulated flow, read from the kind and capabilities the
 * catalog gives it, never from its name: a type added to the catalog behaves as its kind says.
 */
public final class FlowRoles {

    private FlowRoles() {
    }

    public static FlowRole of(ComponentType type) {
        return of(type.kind(), type.capabilities());
    }

    /**
     * By kind; capabilities decide between roles where one kind covers several: an edge that caches
     * (a CDN) answers reads itself, a queue that fans out hands every event to every consumer, a
     * dead-letter queue receives only failures, and an operations tool that authenticates is called
     * on the request path. A kind the simulator does not know runs code, as a service.
     */
    public static FlowRole of(String kind, Collection<String> capabilities) {
        return switch (kind) {
            case "client" -> FlowRole.CLIENT;
            case "edge" -> capabilities.contains("edge-cache") ? FlowRole.CACHE : FlowRole.BALANCER;
            case "balancer", "gateway", "mesh" -> FlowRole.BALANCER;
            case "cache" -> FlowRole.CACHE;
            case "store" -> FlowRole.DATABASE;
            case "queue" -> capabilities.contains("dead-letter") ? FlowRole.DEAD_LETTERS
                    : capabilities.contains("fan-out") ? FlowRole.TOPIC : FlowRole.QUEUE;
            case "stream" -> FlowRole.TOPIC;
            case "operations" -> capabilities.contains("authentication") ? FlowRole.SERVICE : FlowRole.OPERATIONS;
            default -> FlowRole.SERVICE;
        };
    }
}
