package org.designcoach.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.designcoach.session.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A submitted attempt and its review. It guards the order of things: the review is edited only
 * while claimed, returned only when complete, and talked about (see {@link ThreadMessage}) only once
 * returned. Who may do each is the service's business; claiming is a conditional update in
 * {@link ReviewSubmissionRepository}.
 */
@Entity
@Table(name = "review_submission")
class ReviewSubmission {

    /** The longest question, comment, summary or message, in characters; the forms share it. */
    static final int MAX_TEXT = 2000;
    static final int LOWEST_LEVEL = 1;
    static final int HIGHEST_LEVEL = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(name = "open_attempt_id")
    private @Nullable Long openAttemptId;

    @Column(name = "attempt_version", nullable = false, updatable = false)
    private long attemptVersion;

    @Column(nullable = false, updatable = false)
    private String learner;

    @Column(name = "case_id", nullable = false, updatable = false)
    private String caseId;

    @Column(nullable = false, updatable = false)
    private String level;

    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    private @Nullable String mentor;

    @Enumerated(EnumType.STRING)
    private @Nullable Recommendation recommendation;

    @Column(length = MAX_TEXT)
    private @Nullable String summary;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "returned_at")
    private @Nullable Instant returnedAt;

    @ElementCollection
    @CollectionTable(name = "review_rubric_level", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "stage")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "level")
    private Map<Stage, Integer> levels = new EnumMap<>(Stage.class);

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "submission_id", nullable = false)
    @OrderBy("createdAt, id")
    private List<PinnedComment> comments = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ReviewSubmission() {
        // for JPA
    }

    ReviewSubmission(long attemptId, long attemptVersion, String learner, String caseId, String level, String question,
            Instant now) {
        this.attemptId = attemptId;
        this.openAttemptId = attemptId;
        this.attemptVersion = attemptVersion;
        this.learner = learner;
        this.caseId = caseId;
        this.level = level;
        this.question = question;
        this.status = ReviewStatus.SUBMITTED;
        this.submittedAt = now;
    }

    void rate(Stage stage, int rubricLevel) {
        requireClaimed();
        if (rubricLevel < LOWEST_LEVEL || rubricLevel > HIGHEST_LEVEL) {
            throw new ReviewException("Pick a level from " + LOWEST_LEVEL + " to " + HIGHEST_LEVEL + ".");
        }
        levels.put(stage, rubricLevel);
    }

    void recommend(Recommendation newRecommendation) {
        requireClaimed();
        this.recommendation = newRecommendation;
    }

    /** The mentor's overall word to the learner; blank removes it. */
    void summarise(String text) {
        requireClaimed();
        this.summary = text.isBlank() ? null : text;
    }

    void comment(PinnedComment comment) {
        requireClaimed();
        comments.add(comment);
    }

    void removeComment(long commentId) {
        requireClaimed();
        if (!comments.removeIf(comment -> comment.getId() == commentId)) {
            throw new ReviewException("This comment was already removed.");
        }
    }

    /** Finishes the review; every stage needs a level and the review a recommendation. */
    void returnToLearner(Instant now) {
        requireClaimed();
        List<String> missing = Arrays.stream(Stage.values()).filter(stage -> !levels.containsKey(stage))
                .map(Stage::title).toList();
        if (!missing.isEmpty()) {
            throw new ReviewException("Give every stage a level before you return the review. Missing: "
                    + String.join(", ", missing) + ".");
        }
        if (recommendation == null) {
            throw new ReviewException("Choose an overall recommendation before you return the review.");
        }
        this.status = ReviewStatus.RETURNED;
        this.openAttemptId = null;
        this.returnedAt = now;
    }

    /** Gives the submission back to the queue; the draft was this mentor's and leaves with them. */
    void release() {
        requireClaimed();
        this.status = ReviewStatus.SUBMITTED;
        this.mentor = null;
        this.claimedAt = null;
        this.recommendation = null;
        this.summary = null;
        levels.clear();
        comments.clear();
    }

    /** A conversation starts once the mentor has returned the review; before that the review is a draft. */
    void requireReturned() {
        if (status != ReviewStatus.RETURNED) {
            throw new ReviewException("You can write about this review once the mentor has returned it.");
        }
    }

    private void requireClaimed() {
        if (status != ReviewStatus.CLAIMED) {
            throw new ReviewException(status == ReviewStatus.RETURNED
                    ? "This review was returned to the learner and can no longer change."
                    : "Claim this submission before you review it.");
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("The submission is not saved yet");
        }
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    long getAttemptVersion() {
        return attemptVersion;
    }

    String getLearner() {
        return learner;
    }

    String getCaseId() {
        return caseId;
    }

    String getLevel() {
        return level;
    }

    String getQuestion() {
        return question;
    }

    ReviewStatus getStatus() {
        return status;
    }

    @Nullable String getMentor() {
        return mentor;
    }

    @Nullable Recommendation getRecommendation() {
        return recommendation;
    }

    @Nullable String getSummary() {
        return summary;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable Instant getReturnedAt() {
        return returnedAt;
    }

    Map<Stage, Integer> getLevels() {
        return levels.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, () -> new EnumMap<>(Stage.class)));
    }

    List<ReviewComment> getComments() {
        return comments.stream().map(PinnedComment::toRecord).toList();
    }

    long getVersion() {
        return version;
    }
}
