package org.designcoach.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.designcoach.cohort.CohortSummary;
import org.designcoach.cohort.Mentorship;
import org.designcoach.content.ContentService;
import org.designcoach.security.CurrentUser;
import org.designcoach.security.Role;
import org.designcoach.session.AttemptService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Progress pages: a learner's own, and a learner's as the mentors of their cohorts see it. Anyone
 * else asking for a learner is told the same as for a learner who does not exist, so that trying
 * names reveals nothing.
 */
@Service
public class ProgressService {

    static final String NOT_YOURS = "There is no learner by that name among those whose progress you may see.";

    private final AttemptService attempts;
    private final ContentService content;
    private final Mentorship mentorship;
    private final Clock clock;

    ProgressService(AttemptService attempts, ContentService content, Mentorship mentorship, Clock clock) {
        this.attempts = attempts;
        this.content = content;
        this.mentorship = mentorship;
        this.clock = clock;
    }

    /** The signed-in learner's own progress. */
    @PreAuthorize("isAuthenticated()")
    public Progress mine() {
        return of(CurrentUser.username());
    }

    /** A learner's progress, for the learner and the mentors of their cohorts. */
    @PreAuthorize("isAuthenticated()")
    public Progress of(String learner) {
        if (!attempts.mayOpenAttemptsOf(learner)) {
            throw new ProgressException(NOT_YOURS);
        }
        return ProgressCalculator.progress(learner, learner.equals(CurrentUser.username()), attempts.history(learner),
                content.library().allCases(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * The learners of every cohort the signed-in mentor is assigned to (of every cohort, for an
     * administrator), with how much each has practised and which of those cohorts they are in.
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'ADMIN')")
    public List<MentoredLearner> myLearners() {
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        if (!admin && !CurrentUser.hasRole(Role.MENTOR)) {
            throw new AccessDeniedException("Only mentors and administrators see learners.");
        }
        Map<String, List<String>> cohortsOf = new TreeMap<>();
        for (CohortSummary cohort : mentorship.cohortsReportedTo(CurrentUser.username(), admin)) {
            cohort.learners().forEach(learner ->
                    cohortsOf.computeIfAbsent(learner, any -> new ArrayList<>()).add(cohort.name()));
        }
        return attempts.activityOf(cohortsOf.keySet()).stream()
                .map(activity -> new MentoredLearner(activity, cohortsOf.get(activity.learner()))).toList();
    }
}
