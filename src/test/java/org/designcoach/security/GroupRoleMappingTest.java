package org.designcoach.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupRoleMappingTest {

    private static final Map<Role, Set<String>> GROUPS = Map.of(Role.LEARNER, Set.of("engineers"),
            Role.MENTOR, Set.of("staff-engineers", "architects"), Role.ADMIN, Set.of("coach-admins"));

    private final GroupRoleMapping mapping = new GroupRoleMapping("groups", GROUPS);

    @Test
    void aPersonInALearnerGroupIsALearner() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("everyone", "engineers")))).contains(Role.LEARNER);
    }

    @Test
    void aPersonInGroupsOfSeveralRolesGetsTheStrongest() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("engineers", "architects")))).contains(Role.MENTOR);
        assertThat(mapping.roleFor(Map.of("groups", List.of("coach-admins", "engineers")))).contains(Role.ADMIN);
    }

    @Test
    void aPersonInNoMappedGroupGetsNoRole() {
        assertThat(mapping.roleFor(Map.of("groups", List.of("everyone", "Engineers")))).isEmpty();
    }

    @Test
    void aTokenWithoutTheClaimOrWithAClaimOfAnotherShapeGivesNoRole() {
        assertThat(mapping.roleFor(Map.of("sub", "42"))).isEmpty();
        assertThat(mapping.roleFor(Map.of("groups", 7))).isEmpty();
        assertThat(mapping.roleFor(Map.of("groups", Map.of("engineers", true)))).isEmpty();
    }

    @Test
    void aClaimWithASingleTextCountsAsOneGroup() {
        var byDomain = new GroupRoleMapping("hd", Map.of(Role.LEARNER, Set.of("example.com")));

        assertThat(byDomain.roleFor(Map.of("hd", "example.com"))).contains(Role.LEARNER);
        assertThat(byDomain.roleFor(Map.of("hd", "example.org"))).isEmpty();
    }

    @Test
    void aDottedClaimReachesIntoAnObjectUnlessAClaimHasThatVeryName() {
        var nested = new GroupRoleMapping("realm_access.roles", Map.of(Role.MENTOR, Set.of("mentor")));

        assertThat(nested.roleFor(Map.of("realm_access", Map.of("roles", List.of("offline_access", "mentor")))))
                .contains(Role.MENTOR);
        assertThat(nested.roleFor(Map.of("realm_access.roles", List.of("mentor"),
                "realm_access", Map.of("roles", List.of("none"))))).contains(Role.MENTOR);
        assertThat(nested.roleFor(Map.of("realm_access", "mentor"))).isEmpty();
    }
}
