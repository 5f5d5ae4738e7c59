package org.designcoach.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A person's address for notification emails and whether they want them. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    private String username;

    @Column(length = EmailAddresses.MAX_LENGTH)
    private @Nullable String email;

    @Column(name = "emails_enabled", nullable = false)
    private boolean emailsEnabled;

    /** Null until first saved, which tells Spring Data to insert rather than merge. */
    @Version
    private @Nullable Long version;

    protected NotificationPreference() {
        this.username = "";
    }

    NotificationPreference(String username) {
        this.username = username;
    }

    /** Emails need an address; {@link EmailAddresses#check} has already vetted it. */
    void choose(@Nullable String email, boolean emailsEnabled) {
        if (emailsEnabled && email == null) {
            throw new IllegalArgumentException("Notification emails need an address");
        }
        this.email = email;
        this.emailsEnabled = emailsEnabled;
    }

    /** The address to email, when the person wants emails. */
    @Nullable String mailAddress() {
        return emailsEnabled ? email : null;
    }

    @Nullable String getEmail() {
        return email;
    }

    boolean isEmailsEnabled() {
        return emailsEnabled;
    }

    long getVersion() {
        return version == null ? NotificationSettings.NEW : version;
    }
}
