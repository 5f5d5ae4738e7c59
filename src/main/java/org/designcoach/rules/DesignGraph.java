package org.designcoach.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designcoach.design.Connection;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;

/** A design indexed for the rules: components by id and type, and who has arrows in or out. */
final class DesignGraph {

    private final Design design;
    private final Map<String, DesignComponent> byId = new HashMap<>();
    private final Set<String> withOutgoing = new HashSet<>();
    private final Set<String> withIncoming = new HashSet<>();

    DesignGraph(Design design) {
        this.design = design;
        design.components().forEach(component -> byId.put(component.id(), component));
        for (Connection connection : design.connections()) {
            withOutgoing.add(connection.from());
            withIncoming.add(connection.to());
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

    boolean hasType(Collection<String> types) {
        return design.components().stream().anyMatch(component -> types.contains(component.type()));
    }

    List<DesignComponent> ofTypes(Collection<String> types) {
        return design.components().stream().filter(component -> types.contains(component.type())).toList();
    }

    boolean hasOutgoing(String componentId) {
        return withOutgoing.contains(componentId);
    }

    boolean isConnected(String componentId) {
        return withOutgoing.contains(componentId) || withIncoming.contains(componentId);
    }
}
