/**
 * The audit log: an append-only record of security events (sign-ins and their failures, sign-outs,
 * lockouts, account and role changes) that administrators search. Other features never call it:
 * it listens to Spring Security's authentication events and to
 * {@link org.designcoach.security.AccountEvents}. The API is {@link org.designcoach.audit.AuditLog}.
 */
@NullMarked
package org.designcoach.audit;

import org.jspecify.annotations.NullMarked;
