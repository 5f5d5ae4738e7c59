package org.designcoach.backup;

import java.util.List;
import java.util.Map;
import org.designcoach.TestAccounts;
import org.designcoach.api.ApiTokenAccess;
import org.designcoach.cohort.CohortService;
import org.designcoach.sandbox.SandboxAccess;
import org.designcoach.security.AccountService;
import org.designcoach.security.Role;
import org.designcoach.session.Mode;
import org.designcoach.session.SessionAnswers;
import org.designcoach.session.SessionService;
import org.designcoach.session.SessionState;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * An instance filled the way people fill it, through the services: an admin, two learners and a
 * mentor, a cohort, finished, unfinished and discarded sessions, a sandbox design, API tokens, a
 * changed setting and a failed sign-in.
 */
final class BackupData {

    static final String DESIGN = """
            {"version": 1,
             "components": [{"id": "web", "type": "web-client"},
                            {"id": "api", "type": "app-server", "technology": "Go", "label": "API \\"v2\\" – ünïcode"}],
             "connections": [{"from": "web", "to": "api", "mode": "sync", "protocol": "HTTPS"}]}""";

    /** Tables that {@link #fill} puts rows in, so that a round trip never compares only empty tables. */
    static final List<String> FILLED = List.of("user_account", "app_setting", "sign_in_throttle", "cohort",
            "cohort_learner", "cohort_mentor", "practice_session", "sandbox_design", "api_token");

    private final ApplicationContext context;

    BackupData(ApplicationContext context) {
        this.context = context;
    }

    void fill() {
        AccountService accounts = context.getBean(AccountService.class);
        TestAccounts.adminAndLearners(accounts, "lena", "omar");
        TestAccounts.mentors(accounts, "maya");
        TestAccounts.signInAs("ada", Role.ADMIN);
        CohortService cohorts = context.getBean(CohortService.class);
        long cohort = cohorts.create("Platform team", "Backend engineers preparing for senior interviews").id();
        cohorts.addLearner(cohort, "lena");
        cohorts.addLearner(cohort, "omar");
        cohorts.addMentor(cohort, "maya");
        cohorts.create("Evening class", "");
        accounts.setRegistrationOpen(false);
        failToSignIn("omar");

        TestAccounts.signInAs("lena");
        SessionService sessions = context.getBean(SessionService.class);
        SessionState finished = sessions.start("url-shortener", Mode.MOCK, "senior");
        finished = sessions.save(finished.id(), finished.version(), answers());
        sessions.finish(finished.id(), finished.version());
        sessions.start("simple-web-platform", Mode.GUIDED, "mid");
        SandboxAccess.saveNewDesign(context, "url-shortener", DESIGN);
        ApiTokenAccess.createAndUse(context, "CI pipeline");
        ApiTokenAccess.createRevoked(context, "Old laptop");

        TestAccounts.signInAs("omar");
        sessions.discard(sessions.start("url-shortener", Mode.GUIDED, "junior").id());
    }

    private void failToSignIn(String username) {
        try {
            context.getBean(AuthenticationProvider.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "not the password"));
            throw new IllegalStateException("A wrong password was accepted");
        } catch (AuthenticationException expected) {
            // the failure is counted in sign_in_throttle, which is what the backup should carry
        }
    }

    private static SessionAnswers answers() {
        return new SessionAnswers(List.of(), List.of(new SessionAnswers.TypedQuestion("How many \"reads\" per write?",
                null)), List.of("Shorten a URL", "Redirect to the long URL"), List.of("p99 under 100 ms"),
                Map.of("daily users", "100M"), Map.of("write qps", "1.2k/s"), null, List.of(), List.of(), Map.of());
    }
}
