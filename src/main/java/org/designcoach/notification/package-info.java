/**
 * Notifications: what other features tell a person (a returned review, …), shown under the bell in
 * the navbar and, when an admin configured a mail server and the person asked for it, emailed.
 * The API is {@link org.designcoach.notification.Notifications}; the navbar shows
 * {@link org.designcoach.notification.NotificationBell}.
 */
@NullMarked
package org.designcoach.notification;

import org.jspecify.annotations.NullMarked;
