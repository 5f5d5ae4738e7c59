package org.designcoach.security;

import java.time.Instant;

/**
 * What this feature announces about accounts, as Spring application events, for the audit log
 * and anyone else who listens. {@code actor} is who did it; it equals {@code username} when
 * people act on their own account.
 */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record AccountCreated(String username, Role role, String actor) {
    }

    public record RoleChanged(String username, Role from, Role to, String actor) {
    }

    public record AccountDisabled(String username, String actor) {
    }

    public record AccountEnabled(String username, String actor) {
    }

    /** An admin issued a one-time link or a temporary password that must be changed at next sign-in. */
    public record PasswordResetIssued(String username, ResetMethod method, String actor) {
    }

    public record PasswordChanged(String username, String actor) {
    }

    /** Too many failed sign-ins: the typed username is locked until the given time. */
    public record LockedOut(String username, Instant until) {
    }

    /** An admin opened or closed self-registration. */
    public record RegistrationSwitched(boolean open, String actor) {
    }

    /** Too many failed sign-ins from one client address: sign-in from it pauses until the given time. */
    public record AddressThrottled(String address, Instant until) {
    }

    /**
     * A signed-in person was refused a page or an action.
     *
     * @param target what was asked for, such as a page's path
     * @param reason why, in words for an administrator
     */
    public record AccessRefused(String username, String target, String reason) {
    }

    /**
     * An admin is erasing an account: announced before the account row goes, in the same transaction,
     * so that each feature removes what it keeps about the person or replaces their name with
     * {@code anonymousId}. Rows that hang on the account by a cascading foreign key go with it.
     */
    public record AccountErasing(String username, String anonymousId, Role role, String actor) {

        /** The text with every mention of the username, as a whole name in any case, replaced by the anonymous id. */
        public String anonymise(String text) {
            return ErasedNames.replace(text, username, anonymousId);
        }
    }

    /**
     * The account is gone. Announced last, so that the audit log can rename the person in every entry,
     * those written while the features erased included, and then record the erasure itself.
     */
    public record AccountErased(String username, String anonymousId, Role role, String actor) {

        public String anonymise(String text) {
            return ErasedNames.replace(text, username, anonymousId);
        }
    }

    public enum ResetMethod {
        ONE_TIME_LINK, TEMPORARY_PASSWORD
    }
}
