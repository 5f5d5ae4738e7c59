package org.designcoach.design;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An architecture: components, the arrows between them and optional grouping boxes. The same
 * shape serves reference architectures in content, lesson steps and the learner's canvas
 * (format version 1, see docs/content-format.md).
 */
public record Design(int version, List<DesignComponent> components, List<Connection> connections, List<Group> groups) {

    public static final int CURRENT_VERSION = 1;

    public Design {
        components = components == null ? List.of() : List.copyOf(components);
        connections = connections == null ? List.of() : List.copyOf(connections);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public Optional<DesignComponent> component(String id) {
        return components.stream().filter(component -> component.id().equals(id)).findFirst();
    }

    /** A grouping box for a region or an availability zone. */
    public record Group(String id, String kind, @Nullable String label) {
    }
}
