package org.designcoach.notification;

import java.time.Clock;
import java.util.List;
import org.designcoach.security.AccountService;
import org.designcoach.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person something in the app (the bell and its list) and, if they asked for it and an
 * admin configured a mail server, by email. Other features call {@link #send}; everything else
 * serves the signed-in person their own notifications only.
 */
@Service
public class Notifications {

    /** The longest text {@link #send} accepts. */
    public static final int MAX_TEXT = NotificationContent.MAX_TEXT;
    /** The longest link {@link #send} accepts. */
    public static final int MAX_LINK = NotificationContent.MAX_LINK;
    /** The most notifications {@link #recent} returns at once. */
    public static final int MAX_LIST = 500;

    private static final String NO_SUCH = "There is no such notification among yours.";

    private final UserNotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(UserNotificationRepository notifications, NotificationPreferenceRepository preferences,
            AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a notification for {@code recipient} as part of the caller's transaction. When the
     * recipient asked for notification emails, one is sent after that transaction commits (and
     * never if it rolls back); a failing mail server is logged and never fails the caller.
     *
     * @param recipient the username of an account; one that no longer exists (erased, or kept by name
     *        in a review it wrote) gets nothing, and the caller carries on. Disabled accounts still get the notification in the app, but no email
     * @param text plain text, at most {@link #MAX_TEXT} characters; line breaks become spaces
     * @param link a path inside the app such as {@code reviews/12}: starts with a letter, no
     *        scheme, no {@code //}, no {@code ..}, at most {@link #MAX_LINK} characters
     * @throws IllegalArgumentException when the text or the link breaks these rules; it names the rule
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(String recipient, String text, String link) {
        var notification = new UserNotification(recipient, text, link, clock.instant());
        if (!accounts.exists(recipient)) {
            // An erased or deleted account: its name may live on in a review it wrote, but nobody is there to tell.
            return;
        }
        var stored = notifications.save(notification);
        preferences.findById(recipient)
                .map(NotificationPreference::mailAddress)
                .filter(address -> accounts.roleOf(recipient).isPresent())
                .ifPresent(address -> events.publishEvent(new MailWanted(recipient, address, stored.getMessage())));
    }

    /** How many of the signed-in person's notifications are unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentUser.username());
    }

    /** The signed-in person's newest notifications, newest first, at most {@code limit} (capped at {@link #MAX_LIST}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(CurrentUser.username(),
                Limit.of(Math.clamp(limit, 1, MAX_LIST))).stream().map(UserNotification::item).toList();
    }

    /**
     * Marks one of the signed-in person's notifications read and returns it, with its link.
     *
     * @throws NotificationException when there is no such notification or it is someone else's
     *         (the same message for both, so ids reveal nothing)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationItem markRead(long id) {
        UserNotification notification = notifications.findByIdAndRecipient(id, CurrentUser.username())
                .orElseThrow(() -> new NotificationException(NO_SUCH));
        notification.markRead(clock.instant());
        return notifications.saveAndFlush(notification).item();
    }

    /** Marks all of the signed-in person's notifications read; returns how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.username(), clock.instant());
    }

    /**
     * Everything this feature keeps about {@code username}, for the export of one's own data.
     *
     * @throws AccessDeniedException when {@code username} is not the signed-in person
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NotificationExport exportFor(String username) {
        if (!CurrentUser.username().equals(username)) {
            throw new AccessDeniedException("You may export only your own notifications.");
        }
        var preference = preferences.findById(username);
        return new NotificationExport(username, preference.map(NotificationPreference::getEmail).orElse(null),
                preference.map(NotificationPreference::isEmailsEnabled).orElse(false),
                notifications.findByRecipientOrderByCreatedAtDescIdDesc(username, Limit.unlimited()).stream()
                        .map(UserNotification::item).toList());
    }
}
