package org.designcoach.notification;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails a notification after the action that caused it committed. Spring Boot creates a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set; without one, or without a
 * sender address, nothing is sent and nothing fails. A mail server that refuses or does not answer
 * is logged and never reaches the person whose action caused the notification.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int MAX_SUBJECT = 80;

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final Executor executor;

    /** Sends each email on its own virtual thread: a slow mail server must not hold up a page. */
    @Autowired
    NotificationMailer(ObjectProvider<JavaMailSender> senders, MailSettings settings) {
        this(senders, settings, task -> Thread.ofVirtual().name("notification-mail").start(task));
    }

    NotificationMailer(ObjectProvider<JavaMailSender> senders, MailSettings settings, Executor executor) {
        this.senders = senders;
        this.settings = settings;
        this.executor = executor;
    }

    boolean isConfigured() {
        return settings.sender() != null && senders.getIfAvailable() != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailWanted mail) {
        executor.execute(() -> deliver(mail));
    }

    void deliver(MailWanted mail) {
        JavaMailSender sender = senders.getIfAvailable();
        String from = settings.sender();
        if (sender == null || from == null) {
            return;
        }
        try {
            sender.send(message(mail, from));
        } catch (RuntimeException e) {
            // Broad on purpose: whatever goes wrong with mail, the in-app notification is already kept.
            log.warn("Could not email a notification to user {}: {}", mail.username(), reason(e));
        }
    }

    private static SimpleMailMessage message(MailWanted mail, String from) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.address());
        message.setSubject("Design Coach: " + subject(mail.text()));
        message.setText(mail.text() + "\n\nSign in to Design Coach and open the bell at the top of any page to see it."
                + "\n\nYou get this email because you asked for notification emails. To stop them, untick the box "
                + "under your account menu, Notifications.");
        return message;
    }

    private static String subject(String text) {
        return text.length() <= MAX_SUBJECT ? text : text.substring(0, MAX_SUBJECT - 1) + "…";
    }

    private static String reason(RuntimeException e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        return root == e ? e.toString() : e + ", caused by " + root;
    }
}
