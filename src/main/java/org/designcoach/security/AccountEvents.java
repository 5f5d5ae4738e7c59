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

    public enum ResetMethod {
        ONE_TIME_LINK, TEMPORARY_PASSWORD
    }
}
