package org.designcoach.review;

import java.util.List;
import org.designcoach.TestAccounts;
import org.designcoach.cohort.CohortService;
import org.designcoach.design.Design;
import org.designcoach.design.DesignComponent;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionAnswers;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People and attempts for the review tests: cohort A (learners lena and omar, mentors mona and mia)
 * and cohort B (learner bea, mentor max); attempts of the URL shortener with a two-component design.
 */
final class ReviewFixtures {

    static final String CASE = "url-shortener";

    private ReviewFixtures() {
    }

    /** Creates the accounts and both cohorts; returns the ids of cohorts A and B. */
    static long[] twoCohorts(AccountService accounts, CohortService cohorts) {
        TestAccounts.adminAndLearners(accounts, "lena", "omar", "bea");
        TestAccounts.mentors(accounts, "mona", "mia", "max");
        TestAccounts.signInAs("ada", Role.ADMIN);
        try {
            long a = cohorts.create("Platform team", "").id();
            cohorts.addLearner(a, "lena");
            cohorts.addLearner(a, "omar");
            cohorts.addMentor(a, "mona");
            cohorts.addMentor(a, "mia");
            long b = cohorts.create("Payments team", "").id();
            cohorts.addLearner(b, "bea");
            cohorts.addMentor(b, "max");
            return new long[] {a, b};
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A finished attempt of this learner at this level, with the components "api" and "db"; signs them in. */
    static long finishedAttempt(SessionService sessions, String learner, String level) {
        SessionState state = unfinishedAttempt(sessions, learner, level);
        return sessions.finish(state.id(), state.version()).id();
    }

    /** An attempt still in progress, with the components "api" and "db"; signs the learner in. */
    static SessionState unfinishedAttempt(SessionService sessions, String learner, String level) {
        TestAccounts.signInAs(learner);
        SessionState state = sessions.start(CASE, Mode.MOCK, level);
        return sessions.save(state.id(), state.version(), new SessionAnswers(null, null, List.of("Shorten a link"),
                null, null, null, design(), null, null, null));
    }

    static Design design() {
        return new Design(Design.CURRENT_VERSION, List.of(component("api", "app-server"),
                component("db", "sql-database")), List.of(), List.of());
    }

    private static DesignComponent component(String id, String type) {
        return new DesignComponent(id, type, null, null, null, null, null, null, null, null, null);
    }
}
