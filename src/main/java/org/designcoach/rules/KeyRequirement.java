package org.designcoach.rules;

import java.util.List;

/**
 * One of the few things a case's design must achieve, met by any component with any of the
 * capabilities (of one of the kinds, when kinds are given). The design earns credit for each.
 *
 * @param why what the requirement is for, shown when the design does not meet it
 */
public record KeyRequirement(String id, String title, String why, List<String> capabilities, List<String> kinds) {

    public KeyRequirement {
        capabilities = List.copyOf(capabilities);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    boolean isMetBy(DesignGraph design) {
        return design.components().stream().anyMatch(component -> (kinds.isEmpty()
                || kinds.contains(design.kindOf(component.id())))
                && capabilities.stream().anyMatch(design.capabilitiesOf(component.id())::contains));
    }
}
