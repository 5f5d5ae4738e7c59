package org.designcoach.admin;

import org.designcoach.security.Role;

/** Roles as the pages name them. */
final class RoleNames {

    private RoleNames() {
    }

    static String of(Role role) {
        return switch (role) {
            case LEARNER -> "Learner";
            case MENTOR -> "Mentor";
            case ADMIN -> "Admin";
        };
    }
}
