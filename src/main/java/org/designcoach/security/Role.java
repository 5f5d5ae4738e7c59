package org.designcoach.security;

/** What a person may do in Design Coach. Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
    LEARNER,
    MENTOR,
    ADMIN;

    /** The role names used in {@code @RolesAllowed}, kept as constants so annotations can use them. */
    public static final String LEARNER_NAME = "LEARNER";
    public static final String MENTOR_NAME = "MENTOR";
    public static final String ADMIN_NAME = "ADMIN";

    String authority() {
        return "ROLE_" + name();
    }
}
