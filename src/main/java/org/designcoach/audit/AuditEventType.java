package org.designcoach.audit;

/** The kinds of security, administration and review event the audit log holds, with the words the log page shows for each. */
public enum AuditEventType {
    SIGN_IN("Sign-in"),
    SIGN_IN_FAILED("Failed sign-in"),
    SIGN_OUT("Sign-out"),
    LOCKED_OUT("Locked out"),
    ACCOUNT_CREATED("Account created"),
    ROLE_CHANGED("Role changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    PASSWORD_RESET_ISSUED("Password reset issued"),
    PASSWORD_CHANGED("Password changed"),
    ACCOUNT_ERASED("Account erased"),
    PEOPLE_IMPORTED("People imported"),
    REVIEW_SUBMITTED("Review requested"),
    REVIEW_CLAIMED("Review claimed"),
    REVIEW_RELEASED("Review given back"),
    REVIEW_RETURNED("Review returned"),
    REVIEW_REPLIED("Review answered"),
    BACKUP_DOWNLOADED("Backup downloaded"),
    BACKUP_RESTORED("Backup restored"),
    API_TOKEN_CREATED("API token created"),
    API_TOKEN_REVOKED("API token revoked"),
    COHORT_MEMBER_ADDED("Added to a cohort"),
    COHORT_MEMBER_REMOVED("Removed from a cohort"),
    COHORT_DELETED("Cohort deleted"),
    REGISTRATION_SWITCHED("Registration switched"),
    CONTENT_RELOADED("Content reloaded"),
    ACCESS_REFUSED("Access refused"),
    ADDRESS_THROTTLED("Address throttled"),
    AUDIT_EXPORTED("Audit log exported");

    private final String label;

    AuditEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
