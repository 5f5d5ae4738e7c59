package org.designcoach.notification;

import org.designcoach.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's choice of notification emails; nobody reads or changes another's. */
@Service
class NotificationSettings {

    /** Never saved: the version a page holds before the first save. */
    static final long NEW = -1;

    private final NotificationPreferenceRepository preferences;
    private final NotificationMailer mailer;

    NotificationSettings(NotificationPreferenceRepository preferences, NotificationMailer mailer) {
        this.preferences = preferences;
        this.mailer = mailer;
    }

    /** What the settings page shows and sends back; {@code email} is empty when none was given. */
    record EmailChoice(String email, boolean emailsWanted, long version) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    EmailChoice mine() {
        return preferences.findById(CurrentUser.username()).map(NotificationSettings::choice)
                .orElse(new EmailChoice("", false, NEW));
    }

    /**
     * Keeps the address and the choice.
     *
     * @throws EmailAddresses.InvalidEmailException when the address cannot be used; nothing is saved
     * @throws NotificationException when the settings were saved elsewhere after {@code expectedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    EmailChoice save(String email, boolean emailsWanted, long expectedVersion) {
        var address = EmailAddresses.check(email, emailsWanted);
        String username = CurrentUser.username();
        NotificationPreference preference = preferences.findById(username)
                .orElseGet(() -> new NotificationPreference(username));
        if (preference.getVersion() != expectedVersion) {
            throw stale();
        }
        preference.choose(address, emailsWanted);
        try {
            return choice(preferences.saveAndFlush(preference));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale();
        }
    }

    /** Whether this instance can send email at all (an admin configured a mail server and a sender). */
    boolean emailAvailable() {
        return mailer.isConfigured();
    }

    private static NotificationException stale() {
        return new NotificationException("Your notification settings were changed in another tab or window since "
                + "this page opened them. Reload the page to see them; nothing was saved here.");
    }

    private static EmailChoice choice(NotificationPreference preference) {
        String email = preference.getEmail();
        return new EmailChoice(email == null ? "" : email, preference.isEmailsEnabled(), preference.getVersion());
    }
}
