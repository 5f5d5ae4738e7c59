package org.designcoach.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserNotificationRepository extends JpaRepository<UserNotification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<UserNotification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    Optional<UserNotification> findByIdAndRecipient(long id, String recipient);

    /** Other people's notifications that may mention this username, for its erasure; the caller checks each. */
    @Query("select n from UserNotification n where n.recipient <> :username and lower(n.message) like :pattern")
    List<UserNotification> findMentioning(String username, String pattern);

    /** The message is written once and never edited, except to take an erased person's name out of it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update notification set message = :message, version = version + 1 where id = :id",
            nativeQuery = true)
    int rewriteMessage(long id, String message);

    /** One statement instead of loading every unread notification; it bumps the version as an edit would. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserNotification n set n.readAt = :at, n.version = n.version + 1
            where n.recipient = :recipient and n.readAt is null""")
    int markAllRead(String recipient, Instant at);
}
