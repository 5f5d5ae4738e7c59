package org.designcoach.cohort;

import java.util.List;
import org.designcoach.backup.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cohorts a person learns in or mentors, in their own data export. */
@Component
class CohortPersonalData implements PersonalData {

    private final CohortRepository cohorts;

    CohortPersonalData(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    record Membership(String cohort, String as) {
    }

    @Override
    public String section() {
        return "cohorts";
    }

    @Override
    @Transactional(readOnly = true)
    public Object exportFor(String username) {
        List<Membership> learning = cohorts.findWithLearner(username).stream()
                .map(cohort -> new Membership(cohort.getName(), "learner")).toList();
        List<Membership> mentoring = cohorts.findMentoredBy(username).stream()
                .map(cohort -> new Membership(cohort.getName(), "mentor")).toList();
        return java.util.stream.Stream.concat(learning.stream(), mentoring.stream()).toList();
    }
}
