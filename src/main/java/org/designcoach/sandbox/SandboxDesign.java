package org.designcoach.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A learner's free design for one case. */
@Entity
class SandboxDesign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(name = "case_id", nullable = false, updatable = false)
    private String caseId;

    @Column(name = "design_json", nullable = false)
    private String designJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SandboxDesign() {
        this.owner = "";
        this.caseId = "";
        this.designJson = "";
        this.updatedAt = Instant.EPOCH;
    }

    SandboxDesign(String owner, String caseId, String designJson, Instant updatedAt) {
        this.owner = owner;
        this.caseId = caseId;
        this.designJson = designJson;
        this.updatedAt = updatedAt;
    }

    void replace(String json, Instant at) {
        this.designJson = json;
        this.updatedAt = at;
    }

    String getOwner() {
        return owner;
    }

    String getCaseId() {
        return caseId;
    }

    String getDesignJson() {
        return designJson;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
