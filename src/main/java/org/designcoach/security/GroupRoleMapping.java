package org.designcoach.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Design Coach role a person's groups give them. The groups are the values of one claim of the
 * provider's token (a list, or a single text); a dotted name such as {@code realm_access.roles}
 * reaches into an object unless a claim has that very name. Someone in groups of several roles gets the strongest of them, as an
 * account has one role. Plain Java, so that every case is tested without a provider.
 */
record GroupRoleMapping(String claim, Map<Role, Set<String>> groupsByRole) {

    /** Strongest first. */
    private static final List<Role> BY_STRENGTH = List.of(Role.ADMIN, Role.MENTOR, Role.LEARNER);

    GroupRoleMapping {
        groupsByRole = Map.copyOf(groupsByRole);
    }

    /** The role the claims give, or empty when none of the person's groups is mapped. */
    Optional<Role> roleFor(Map<String, Object> claims) {
        List<String> groups = groupsIn(claims);
        return BY_STRENGTH.stream()
                .filter(role -> groupsByRole.getOrDefault(role, Set.of()).stream().anyMatch(groups::contains))
                .findFirst();
    }

    /** A claim inside an object, such as Keycloak's {@code realm_access.roles}. */
    private Object nested(Map<String, Object> claims) {
        Object value = claims;
        for (String step : claim.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return List.of();
            }
            value = object.get(step);
        }
        return value;
    }

    /** The values of the groups claim, as texts; none when it is missing or of another shape. */
    List<String> groupsIn(Map<String, Object> claims) {
        Object value = claims.containsKey(claim) ? claims.get(claim) : nested(claims);
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof Collection<?> many) {
            List<String> texts = new ArrayList<>();
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
            return texts;
        }
        return List.of();
    }
}
