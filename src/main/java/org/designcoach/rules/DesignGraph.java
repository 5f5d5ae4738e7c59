package org.designcoach.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * A design indexed for the rules: components by id and type, who has arrows in or out, and who
 * each component calls, so that paths are followed in one breadth-first pass.
 */
final class DesignGraph {

    /** Where requests come from: the people and devices outside the system. */
    static final String CLIENT = "client";

    /** What a request passes on its way in before it meets the system's own front door. */
    private static final String EDGE = "edge";

    /**
     * Sending users to a healthy region near them needs a second region to send them to: in a design that
     * runs in one region, DNS or a CDN with this capability sends everyone to the same place, so there the
     * capability is not granted. The catalog grants it; this is what it means.
     */
    static final String BETWEEN_REGIONS = "global-routing";

    /** A store that keeps copies in another region puts the design in (at least) two regions. */
    private static final String REGION_REPLICATION = "region-replication";

    private final Design design;
    private final ComponentKnowledge knowledge;
    private final Map<String, Set<String>> capabilities = new HashMap<>();
    private final Map<String, DesignComponent> byId = new HashMap<>();
    private final Set<String> withOutgoing = new HashSet<>();
    private final Set<String> withIncoming = new HashSet<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final int regions;
    private @Nullable Set<String> entryPoints;

    DesignGraph(Design design, ComponentKnowledge knowledge) {
        this.design = design;
        this.knowledge = knowledge;
        design.components().forEach(component -> {
            byId.put(component.id(), component);
            capabilities.put(component.id(), new HashSet<>(knowledge.capabilitiesOf(component)));
        });
        regions = countRegions();
        if (regions < 2) {
            capabilities.values().forEach(found -> found.remove(BETWEEN_REGIONS));
        }
        for (Connection connection : design.connections()) {
            withOutgoing.add(connection.from());
            withIncoming.add(connection.to());
            successors.computeIfAbsent(connection.from(), id -> new ArrayList<>()).add(connection.to());
        }
    }

    Collection<DesignComponent> components() {
        return design.components();
    }

    List<Connection> connections() {
        return design.connections();
    }

    String typeOf(String componentId) {
        DesignComponent component = byId.get(componentId);
        return component == null ? "" : component.type();
    }

    String kindOf(String componentId) {
        return knowledge.kindOf(typeOf(componentId));
    }

    /** What the component can do, worked out once from the catalog, its properties and its technology. */
    Set<String> capabilitiesOf(String componentId) {
        return capabilities.getOrDefault(componentId, Set.of());
    }

    boolean has(Selector selector) {
        return design.components().stream().anyMatch(component -> selector.matches(component.id(), this));
    }

    List<DesignComponent> matching(Selector selector) {
        return design.components().stream().filter(component -> selector.matches(component.id(), this)).toList();
    }

    /**
     * How many regions the design runs in: the regions it is drawn in, and at least two when one of its
     * stores keeps copies in another region (Aurora Global Database, Spanner multi-region, DynamoDB global
     * tables, a cross-region standby): the data and the means to fail over are there even when the learner
     * drew no region boxes.
     */
    int regions() {
        return regions;
    }

    private int countRegions() {
        boolean replicatedAcrossRegions = capabilities.values().stream()
                .anyMatch(found -> found.contains(REGION_REPLICATION));
        return Math.max(drawnRegions(), replicatedAcrossRegions ? 2 : 1);
    }

    /** How many regions the design is drawn in: at least one, more when components or region boxes name others. */
    int drawnRegions() {
        Set<String> regions = new HashSet<>();
        design.components().stream().map(DesignComponent::region).filter(region -> region != null && !region.isBlank())
                .forEach(regions::add);
        design.groups().stream().filter(group -> "region".equals(group.kind())).forEach(group -> regions.add(group.id()));
        return Math.max(1, regions.size());
    }

    boolean hasOutgoing(String componentId) {
        return withOutgoing.contains(componentId);
    }

    boolean isConnected(String componentId) {
        return withOutgoing.contains(componentId) || withIncoming.contains(componentId);
    }

    /**
     * The components on chains of arrows from a component of the {@code from} types to one of the
     * {@code to} types (one chain per end reached), where the chain passes a component of a
     * {@code via} type (when any are given) and no component of an {@code avoiding} type. Empty
     * when there is no such chain.
     */
    Set<String> paths(Selector from, Selector to, Selector via, Selector avoiding) {
        Map<Step, Step> cameFrom = new HashMap<>();
        Deque<Step> queue = new ArrayDeque<>();
        for (DesignComponent start : matching(from)) {
            Step step = new Step(start.id(), false);
            cameFrom.put(step, step);
            queue.add(step);
        }
        Set<String> concerned = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            for (String next : successors.getOrDefault(step.id(), List.of())) {
                if (to.matches(next, this) && (via.isEmpty() || step.passedVia())) {
                    concerned.addAll(trail(step, cameFrom));
                    concerned.add(next);
                }
                Step onward = new Step(next, step.passedVia() || via.matches(next, this));
                if (!avoiding.matches(next, this) && cameFrom.putIfAbsent(onward, step) == null) {
                    queue.add(onward);
                }
            }
        }
        return concerned;
    }

    /** A component reached on a path, and whether the path has passed a component of a via type. */
    private record Step(String id, boolean passedVia) {
    }

    private static List<String> trail(Step last, Map<Step, Step> cameFrom) {
        List<String> ids = new ArrayList<>();
        Step step = last;
        while (true) {
            ids.add(step.id());
            Step previous = cameFrom.get(step);
            if (previous == null || previous.equals(step)) {
                return ids;
            }
            step = previous;
        }
    }

    /**
     * Whether a request from a client meets this component first: it is reached from a client
     * directly or through nothing but edge components (DNS, CDN, WAF, global load balancing). Worked out once.
     */
    boolean isEntryPoint(String componentId) {
        if (entryPoints == null) {
            entryPoints = findEntryPoints();
        }
        return entryPoints.contains(componentId);
    }

    private Set<String> findEntryPoints() {
        Set<String> seen = new HashSet<>();
        Set<String> entries = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        matching(Selector.ofKinds(CLIENT)).forEach(client -> {
            seen.add(client.id());
            queue.add(client.id());
        });
        while (!queue.isEmpty()) {
            for (String next : successors.getOrDefault(queue.poll(), List.of())) {
                String kind = kindOf(next);
                if (kind.equals(EDGE) || kind.equals(CLIENT)) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                } else {
                    entries.add(next);
                }
            }
        }
        return entries;
    }
}
