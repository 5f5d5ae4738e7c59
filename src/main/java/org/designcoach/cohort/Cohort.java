package org.designcoach.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A team or class: its learners and the mentors who review their work. */
@Entity
@Table(name = "cohort")
class Cohort {

    static final int MAX_NAME = 80;
    static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "cohort_learner", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "username")
    private Set<String> learners = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "cohort_mentor", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "username")
    private Set<String> mentors = new TreeSet<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Cohort() {
        // for JPA
    }

    Cohort(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.createdAt = now;
    }

    long getId() {
        return id == null ? 0 : id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Set<String> getLearners() {
        return learners;
    }

    Set<String> getMentors() {
        return mentors;
    }

    long getVersion() {
        return version;
    }

    void describe(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
    }

    CohortSummary summary() {
        return new CohortSummary(getId(), name, description, learners.stream().sorted().toList(),
                mentors.stream().sorted().toList(), version);
    }
}
