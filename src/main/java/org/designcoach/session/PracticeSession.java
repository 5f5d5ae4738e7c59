package org.designcoach.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt at a case. The clock and the answers are JSON text written by {@link SessionJson}. */
@Entity
class PracticeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(name = "case_id", nullable = false, updatable = false)
    private String caseId;

    @Column(name = "content_version", nullable = false, updatable = false)
    private String contentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Mode mode;

    @Column(nullable = false, updatable = false)
    private String level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "clock_json", nullable = false)
    private String clockJson;

    @Column(name = "answers_json", nullable = false)
    private String answersJson;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    /** The compact result ({@link AttemptResults}), written once when the session finishes. */
    @Column(name = "result_json")
    private @Nullable String resultJson;

    @Column(name = "overall_score")
    private @Nullable Integer overallScore;

    @Version
    private long version;

    protected PracticeSession() {
        this("", "", "", Mode.MOCK, "", "", "", Instant.EPOCH);
    }

    PracticeSession(String owner, String caseId, String contentVersion, Mode mode, String level, String clockJson,
            String answersJson, Instant now) {
        this.owner = owner;
        this.caseId = caseId;
        this.contentVersion = contentVersion;
        this.mode = mode;
        this.level = level;
        this.status = SessionStatus.IN_PROGRESS;
        this.clockJson = clockJson;
        this.answersJson = answersJson;
        this.startedAt = now;
        this.updatedAt = now;
    }

    void update(String newClockJson, String newAnswersJson, Instant now) {
        requireInProgress();
        this.clockJson = newClockJson;
        this.answersJson = newAnswersJson;
        this.updatedAt = now;
    }

    void finish(String finalClockJson, Instant now) {
        requireInProgress();
        this.clockJson = finalClockJson;
        this.status = SessionStatus.FINISHED;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    /** Keeps the result computed at the end; only a finished session has one. */
    void recordResult(String json, int overall) {
        if (status != SessionStatus.FINISHED) {
            throw new IllegalStateException("Only a finished session has a result");
        }
        this.resultJson = json;
        this.overallScore = overall;
    }

    void discard(Instant now) {
        requireInProgress();
        this.status = SessionStatus.DISCARDED;
        this.updatedAt = now;
    }

    private void requireInProgress() {
        if (status != SessionStatus.IN_PROGRESS) {
            throw new SessionException("This session is " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " and can no longer change.");
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("The session is not saved yet");
        }
        return id;
    }

    String getOwner() {
        return owner;
    }

    String getCaseId() {
        return caseId;
    }

    String getContentVersion() {
        return contentVersion;
    }

    Mode getMode() {
        return mode;
    }

    String getLevel() {
        return level;
    }

    SessionStatus getStatus() {
        return status;
    }

    String getClockJson() {
        return clockJson;
    }

    String getAnswersJson() {
        return answersJson;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    @Nullable String getResultJson() {
        return resultJson;
    }

    @Nullable Integer getOverallScore() {
        return overallScore;
    }

    long getVersion() {
        return version;
    }
}
