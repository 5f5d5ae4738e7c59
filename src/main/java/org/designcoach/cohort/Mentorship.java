package org.designcoach.cohort;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who mentors whom, for the features that show a learner's work to someone else. It answers
 * questions only; each caller checks the signed-in person against the answer.
 */
@Service
public class Mentorship {

    private final CohortRepository cohorts;

    Mentorship(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    /** True when the mentor is assigned to a cohort that the learner belongs to. */
    @Transactional(readOnly = true)
    public boolean mentors(String mentor, String learner) {
        return cohorts.mentors(mentor, learner);
    }

    /** The cohorts this mentor is assigned to, by name. */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohortsMentoredBy(String mentor) {
        return cohorts.findMentoredBy(mentor).stream().map(Cohort::summary).toList();
    }

    /** Every learner of every cohort this mentor is assigned to, sorted and without repeats. */
    @Transactional(readOnly = true)
    public List<String> learnersOf(String mentor) {
        return cohorts.findMentoredBy(mentor).stream().map(Cohort::getLearners).flatMap(Collection::stream)
                .distinct().sorted().toList();
    }

    /**
     * The cohorts whose report this person may read: every cohort for an administrator, the ones they
     * mentor for a mentor, none for anyone else. Sorted by name.
     */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohortsReportedTo(String username, boolean admin) {
        List<Cohort> found = admin ? cohorts.findAllByOrderByNameAsc() : cohorts.findMentoredBy(username);
        return found.stream().map(Cohort::summary).sorted(java.util.Comparator.comparing(CohortSummary::name)).toList();
    }

    /** Every mentor of every cohort this learner belongs to, sorted and without repeats. */
    @Transactional(readOnly = true)
    public List<String> mentorsOf(String learner) {
        return cohorts.findWithLearner(learner).stream().map(Cohort::getMentors).flatMap(Collection::stream)
                .distinct().sorted().toList();
    }

    /** The names of the cohorts a learner belongs to. */
    @Transactional(readOnly = true)
    public List<String> cohortsOf(String learner) {
        return cohorts.findWithLearner(learner).stream().map(Cohort::getName).toList();
    }
}
