package org.designcoach.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes review notifications to the log until the notification feature is in the application;
 * then this class delegates to its {@code Notifications#send} (or is replaced by one that does).
 */
@Component
class LoggingReviewNotifier implements ReviewNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingReviewNotifier.class);

    @Override
    public void send(String recipient, String text, String link) {
        log.info("Review notification for {}: {} ({})", recipient, text, link);
    }
}
