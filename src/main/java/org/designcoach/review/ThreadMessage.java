package org.designcoach.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message of a review's conversation. Written once and never changed, so it needs no version; it
 * is kept apart from {@link ReviewSubmission}, so that the learner and the mentor writing at the same
 * moment never refuse each other's message as a stale change of the review.
 */
@Entity
@Table(name = "review_message")
class ThreadMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(updatable = false)
    private @Nullable String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewMessage.Side side;

    @Column(nullable = false, updatable = false, length = ReviewSubmission.MAX_TEXT)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected ThreadMessage() {
        // for JPA
    }

    ThreadMessage(long submissionId, String author, ReviewMessage.Side side, String body, Instant now) {
        this.submissionId = submissionId;
        this.author = author;
        this.side = side;
        this.body = body;
        this.createdAt = now;
    }

    ReviewMessage toRecord() {
        return new ReviewMessage(id == null ? 0 : id, author, side, body, createdAt);
    }
}
