package org.designcoach.cohort;

import java.util.List;

/** A cohort as the administration pages show it; {@code version} guards against lost edits. */
public record CohortSummary(long id, String name, String description, List<String> learners, List<String> mentors,
        long version) {

    public CohortSummary {
        learners = List.copyOf(learners);
        mentors = List.copyOf(mentors);
    }
}
