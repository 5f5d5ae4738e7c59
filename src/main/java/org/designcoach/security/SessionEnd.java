package org.designcoach.security;

/** Why a signed-in session was ended, and what the sign-in page then tells the person. */
enum SessionEnd {
    IDLE("You were signed out because nothing happened for a while. Sign in again to carry on; "
            + "your saved work is waiting."),
    LIFETIME("You have been signed in for the longest time a session may last. Sign in again to carry on."),
    ROLE_CHANGED("An administrator changed your role. Sign in again to continue with your new access."),
    DISABLED("An administrator disabled your account, so you were signed out."),
    PASSWORD_CHANGED("The password of your account was changed, so this session was signed out. "
            + "Sign in with the new password."),
    ACCOUNT_GONE("Your account no longer exists, so you were signed out.");

    /** The notice for a session that ended without a known reason, e.g. in a tab left open overnight. */
    static final String UNKNOWN = "Your session ended. Sign in again to carry on.";

    final String explanation;

    SessionEnd(String explanation) {
        this.explanation = explanation;
    }
}
