package org.designcoach.notification;

/**
 * Published inside the transaction that stored a notification for someone who wants emails; it
 * is mailed only once that transaction committed, so a rolled-back action never emails anyone.
 */
record MailWanted(String username, String address, String text) {
}
