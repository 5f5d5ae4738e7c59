package org.designcoach.rules;

import java.util.List;
import java.util.Set;
import org.designcoach.design.DesignComponent;
import org.jspecify.annotations.Nullable;

/**
 * Which components a rule looks at: by type (none listed means every type), by kind and
 * capability, by properties and by place. Every setting given must hold.
 *
 * @param with boolean type properties (such as {@code rateLimit}) that the component switches on
 * @param without boolean type properties (such as {@code tls}) that the component does not switch on
 * @param entry whether the component is (or is not) the first that a client's request meets
 * @param kinds kinds the component is one of (none listed means every kind)
 * @param notKinds kinds the component is not, such as {@code client} for a rule about form
 * @param capabilities capabilities the component has, every one of them
 * @param lacking capabilities the component has none of, such as {@code zone-replication}
 */
record ComponentFilter(
        List<String> types,
        List<String> kinds,
        List<String> notKinds,
        List<String> capabilities,
        List<String> lacking,
        @Nullable Boolean multiAz,
        @Nullable Integer instancesBelow,
        @Nullable Integer readReplicasBelow,
        @Nullable Boolean noTechnology,
        @Nullable Boolean stateful,
        List<String> with,
        List<String> without,
        @Nullable Boolean entry) {

    ComponentFilter {
        types = List.copyOf(types);
        kinds = List.copyOf(kinds);
        notKinds = List.copyOf(notKinds);
        capabilities = List.copyOf(capabilities);
        lacking = List.copyOf(lacking);
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    boolean matches(DesignComponent component, DesignGraph design) {
        String kind = design.kindOf(component.id());
        Set<String> can = design.capabilitiesOf(component.id());
        return matches(component) && (kinds.isEmpty() || kinds.contains(kind)) && !notKinds.contains(kind)
                && can.containsAll(capabilities) && lacking.stream().noneMatch(can::contains)
                && (entry == null || entry == design.isEntryPoint(component.id()));
    }

    private boolean matches(DesignComponent component) {
        return (types.isEmpty() || types.contains(component.type()))
                && with.stream().allMatch(property -> Boolean.TRUE.equals(component.properties().get(property)))
                && without.stream().noneMatch(property -> Boolean.TRUE.equals(component.properties().get(property)))
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
