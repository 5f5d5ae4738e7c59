package org.designcoach.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code DESIGNCOACH_MAIL_FROM}: the sender address of notification emails. Emails go out only
 * when it is set and a mail server is configured ({@code spring.mail.host}).
 */
@ConfigurationProperties("designcoach.mail")
record MailSettings(@Nullable String from) {

    /** The sender address, or {@code null} when none (or only spaces) was configured. */
    @Nullable String sender() {
        return from == null || from.isBlank() ? null : from.strip();
    }
}
