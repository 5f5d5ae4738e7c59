package org.designcoach.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/** A mentor's comment in a review, pinned to a stage or to one component of the design, never both. */
@Entity
@Table(name = "review_comment")
class PinnedComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private @Nullable Stage stage;

    @Column(name = "component_id", updatable = false)
    private @Nullable String componentId;

    @Column(name = "body", nullable = false, updatable = false, length = ReviewSubmission.MAX_TEXT)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected PinnedComment() {
        // for JPA
    }

    private PinnedComment(@Nullable Stage stage, @Nullable String componentId, String text, Instant now) {
        this.stage = stage;
        this.componentId = componentId;
        this.text = text;
        this.createdAt = now;
    }

    static PinnedComment onStage(Stage stage, String text, Instant now) {
        return new PinnedComment(stage, null, text, now);
    }

    static PinnedComment onComponent(String componentId, String text, Instant now) {
        return new PinnedComment(null, componentId, text, now);
    }

    long getId() {
        return id == null ? 0 : id;
    }

    ReviewComment toRecord() {
        return new ReviewComment(getId(), stage, componentId, text, createdAt);
    }
}
