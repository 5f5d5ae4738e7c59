package org.designcoach.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.designcoach.security.AccountEvents.AccountCreated;
import org.designcoach.security.AccountEvents.AddressThrottled;
import org.designcoach.security.AccountEvents.AccountDisabled;
import org.designcoach.security.AccountEvents.AccountEnabled;
import org.designcoach.security.AccountEvents.LockedOut;
import org.designcoach.security.AccountEvents.PasswordChanged;
import org.designcoach.security.AccountEvents.PasswordResetIssued;
import org.designcoach.security.AccountEvents.ResetMethod;
import org.designcoach.security.AccountEvents.RoleChanged;
import org.designcoach.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the security feature announces about accounts. A plain synchronous listener, not an
 * asynchronous module listener: the entry is written in the transaction of the change, so the log
 * holds exactly the changes that happened, and nothing is lost if the server stops a moment later.
 */
@Component
class AccountEventListener {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditLog log;

    AccountEventListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void created(AccountCreated event) {
        log.record(AuditEventType.ACCOUNT_CREATED, event.actor(), event.username(),
                "Account created as " + words(event.role()));
    }

    @EventListener
    void roleChanged(RoleChanged event) {
        log.record(AuditEventType.ROLE_CHANGED, event.actor(), event.username(),
                "Role changed from " + words(event.from()) + " to " + words(event.to()));
    }

    @EventListener
    void disabled(AccountDisabled event) {
        log.record(AuditEventType.ACCOUNT_DISABLED, event.actor(), event.username(), "Account disabled");
    }

    @EventListener
    void enabled(AccountEnabled event) {
        log.record(AuditEventType.ACCOUNT_ENABLED, event.actor(), event.username(), "Account enabled");
    }

    @EventListener
    void resetIssued(PasswordResetIssued event) {
        String how = event.method() == ResetMethod.ONE_TIME_LINK
                ? "a one-time link"
                : "a temporary password that must be changed at the next sign-in";
        log.record(AuditEventType.PASSWORD_RESET_ISSUED, event.actor(), event.username(), "Password reset with " + how);
    }

    @EventListener
    void passwordChanged(PasswordChanged event) {
        log.record(AuditEventType.PASSWORD_CHANGED, event.actor(), event.username(), "Password changed");
    }

    @EventListener
    void lockedOut(LockedOut event) {
        log.record(AuditEventType.LOCKED_OUT, null, event.username(),
                "Too many failed sign-ins: locked until " + UNTIL.format(event.until()));
    }

    @EventListener
    void addressThrottled(AddressThrottled event) {
        log.record(new AuditEntry(AuditEventType.ADDRESS_THROTTLED, null, null,
                "Too many failed sign-ins from " + event.address() + ": sign-in from it paused until "
                        + UNTIL.format(event.until()), event.address()));
    }

    private static String words(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
