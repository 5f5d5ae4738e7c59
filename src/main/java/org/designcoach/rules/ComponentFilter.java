package org.designcoach.rules;

import java.util.List;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * Which components a rule looks at: by type (none listed means every type) and by properties.
 * Every property given must hold.
 */
record ComponentFilter(
        List<String> types,
        @Nullable Boolean multiAz,
        @Nullable Integer instancesBelow,
        @Nullable Integer readReplicasBelow,
        @Nullable Boolean noTechnology,
        @Nullable Boolean stateful) {

    boolean matches(DesignComponent component) {
        return (types.isEmpty() || types.contains(component.type()))
                && (multiAz == null || multiAz == component.isMultiAz())
                && (instancesBelow == null || component.instanceCount() < instancesBelow)
                && (readReplicasBelow == null || readReplicas(component) < readReplicasBelow)
                && (noTechnology == null || noTechnology == isBlank(component.technology()))
                && (stateful == null || stateful == Boolean.FALSE.equals(component.properties().get("stateless")));
    }

    private static int readReplicas(DesignComponent component) {
        return component.properties().get("readReplicas") instanceof Number replicas ? replicas.intValue() : 0;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
